using System.Net;
using System.Text.Json;

namespace Flowserv.GraphQL.AspNetCore.Ide;

/// <summary>The page browsers get when the IDE's assets are not installed: what the endpoint is, its schema, and a minimal query form.</summary>
internal static class IdeFallbackPage
{
    private const string Template = """
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <title>GraphQL endpoint</title>
        <style>
        body { font: 15px/1.5 system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; color: #222; }
        textarea, pre { width: 100%; box-sizing: border-box; font: 13px/1.4 ui-monospace, monospace; }
        textarea { height: 10rem; }
        pre { background: #f4f4f4; padding: 1rem; min-height: 4rem; white-space: pre-wrap; }
        </style>
        </head>
        <body>
        <h1>GraphQL endpoint</h1>
        <p>This is a GraphQL endpoint: send <code>POST {{ENDPOINT}}</code> with a JSON body
        <code>{"query": "..."}</code>, or <code>GET {{ENDPOINT}}?query=...</code> for queries.
        Subscriptions are served over WebSockets and Server-Sent Events at the same address.</p>
        <p>The schema: <a href="{{ENDPOINT}}?sdl">{{ENDPOINT}}?sdl</a>.
        The Banana Cake Pop IDE is not installed on this server.</p>
        <form id="form">
        <textarea id="query" aria-label="Query">{ __typename }</textarea>
        <p><button type="submit">Run</button></p>
        </form>
        <pre id="result" aria-label="Result"></pre>
        <script>
        document.getElementById('form').addEventListener('submit', async (event) => {
          event.preventDefault();
          const result = document.getElementById('result');
          const response = await fetch({{ENDPOINT_JSON}}, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', 'Accept': 'application/graphql-response+json, application/json' },
            body: JSON.stringify({ query: document.getElementById('query').value }),
          });
          result.textContent = JSON.stringify(await response.json(), null, 2);
        });
        </script>
        </body>
        </html>
        """;

    public static string Render(string endpoint) => Template
        .Replace("{{ENDPOINT_JSON}}", JsonSerializer.Serialize(endpoint), StringComparison.Ordinal)
        .Replace("{{ENDPOINT}}", WebUtility.HtmlEncode(endpoint), StringComparison.Ordinal);
}
