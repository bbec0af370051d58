'use strict';
// The command line shared by the subscription client drivers:
//   <url> '<document>' [--variables '<json>'] [--init '<connection_init payload json>'] [--timeout-ms 15000]
module.exports = function parseSubscribeArgs(script, argv = process.argv.slice(2)) {
  const args = [...argv];
  const option = (name) => {
    const i = args.indexOf(name);
    return i < 0 ? undefined : args.splice(i, 2)[1];
  };
  const variables = option('--variables');
  const init = option('--init');
  const timeoutMs = Number(option('--timeout-ms') ?? 15000);
  const [url, query] = args;
  if (!url || !query) {
    console.error(`usage: node ${script} <url> <document> [--variables json] [--init json] [--timeout-ms n]`);
    process.exit(2);
  }
  return {
    url,
    query,
    variables: variables ? JSON.parse(variables) : undefined,
    init: init ? JSON.parse(init) : undefined,
    timeoutMs,
  };
};
