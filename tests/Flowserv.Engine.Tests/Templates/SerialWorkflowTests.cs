using Flowserv.Engine.Templates;

namespace Flowserv.Engine.Tests.Templates;

public class SerialWorkflowTests
{
    private const string ActorTemplate = """
        workflow:
            files:
                inputs: [code/, data/, '$[[names]]']
                outputs: [results/results.json]
            parameters:
                data: $[[names]]
                mode: '$[[fast ? quick : thorough]]'
            steps:
            - name: preproc
              action: $[[preproc]]
            - name: tagger
              action: $[[tagger]]
            - name: save
              files:
                  inputs: ['$[[names]]', 'results/${mode}.log']
                  outputs: [results/results.json]
              action:
                  environment: toptagger:1.0
                  commands:
                  - python code/save.py --data ${data} --mode $mode
        parameters:
            - name: names
              dtype: file
              target: data/names.txt
            - name: fast
              dtype: bool
              defaultValue: false
            - name: preproc
              dtype: actor
              defaultValue: ['container', {image: 'toptagger:1.0', commands: [python code/preprocess-dataset.py]}]
            - name: tagger
              dtype: actor
        """;

    private static readonly Dictionary<string, object?> TaggerSpec = new()
    {
        ["spec"] = new Dictionary<string, object?> { ["environment"] = "my/tagger:2", ["commands"] = new List<object?> { "${python} code/my.py ${data}" } },
        ["files"] = new List<object?> { new FileArgument("f9", "code/my.py") },
    };

    private static IReadOnlyDictionary<string, object?> Arguments(WorkflowTemplate template, params (string Name, object? Value)[] arguments) =>
        template.CastArguments(Args.Of(arguments));

    [Fact]
    public void ParsesFilesParametersAndSteps()
    {
        var workflow = TemplateLoader.FromYaml(ActorTemplate).Workflow;
        Assert.Equal(["code/", "data/", "$[[names]]"], workflow.InputFiles);
        Assert.Equal(["code/", "data/"], workflow.StaticInputFiles);
        Assert.Equal(["results/results.json"], workflow.OutputFiles);
        Assert.Equal(["data", "mode"], workflow.Parameters.Keys);
        Assert.Equal(["preproc", "tagger", "save"], workflow.Steps.Select(step => step.Name));
        Assert.Equal(["preproc", "tagger", null], workflow.Steps.Select(step => step.ActorParameter));
    }

    [Fact]
    public void MissingOptionalActorStepIsSkippedAndRequiredActorIsUsed()
    {
        var template = TemplateLoader.FromYaml(ActorTemplate);
        var arguments = Arguments(template, ("names", new FileArgument("f1")), ("tagger", TaggerSpec));
        var steps = template.GetSteps(arguments);
        Assert.Equal(["tagger", "save"], steps.Select(step => step.Name));
        var tagger = Assert.IsType<ContainerAction>(steps[0].Action);
        Assert.Equal("my/tagger:2", tagger.Image);
        Assert.Equal(["python3 code/my.py data/names.txt"], tagger.Commands);
        Assert.Equal([new InputFile("f9", "code/my.py")], steps[0].ActorFiles);
        var save = Assert.IsType<ContainerAction>(steps[1].Action);
        Assert.Equal(["python code/save.py --data data/names.txt --mode thorough"], save.Commands);
        Assert.Equal(["data/names.txt", "results/thorough.log"], steps[1].InputFiles);
        Assert.Empty(steps[1].ActorFiles);
    }

    [Fact]
    public void GivenOptionalActorReplacesTheStep()
    {
        var template = TemplateLoader.FromYaml(ActorTemplate);
        var arguments = Arguments(template, ("names", new FileArgument("f1")), ("tagger", TaggerSpec), ("preproc", TaggerSpec), ("fast", "true"));
        var steps = template.GetSteps(arguments, new Dictionary<string, string> { ["python"] = "/usr/bin/python3.12" });
        Assert.Equal(["preproc", "tagger", "save"], steps.Select(step => step.Name));
        Assert.Equal(["/usr/bin/python3.12 code/my.py data/names.txt"], Assert.IsType<ContainerAction>(steps[0].Action).Commands);
        Assert.Equal(["python code/save.py --data data/names.txt --mode quick"], Assert.IsType<ContainerAction>(steps[2].Action).Commands);
    }

    [Fact]
    public void MissingRequiredActorIsAnError()
    {
        var template = TemplateLoader.FromYaml(ActorTemplate);
        var arguments = Args.Of(("names", new InputFile("f1", "data/names.txt")));
        var error = Assert.Throws<ArgumentValueException>(() => template.GetSteps(arguments));
        Assert.Equal(("tagger", "missing argument 'tagger'"), (error.ParameterName, error.Message));
    }

    [Fact]
    public void RequiredActorWithDefaultRunsTheDefault()
    {
        var template = TemplateLoader.FromYaml(ActorTemplate.Replace("- name: tagger\n      dtype: actor", "- name: tagger\n      dtype: actor\n      isRequired: true\n      defaultValue: ['container', {image: 'toptagger:1.0', commands: [python code/evaluate-models.py]}]", StringComparison.Ordinal));
        var steps = template.GetSteps(Args.Of(("names", new FileArgument("f1"))));
        Assert.Equal(["tagger", "save"], steps.Select(step => step.Name));
        Assert.Equal(new[] { "python code/evaluate-models.py" }, ((ContainerAction)steps[0].Action).Commands);
    }

    [Fact]
    public void ContextHoldsExpandedParameters()
    {
        var template = TemplateLoader.FromYaml(ActorTemplate);
        var context = template.Workflow.GetContext(Args.Of(("names", new FileArgument("f1", "x/n.txt")), ("fast", true), ("tagger", TaggerSpec)));
        Assert.Equal(new InputFile("f1", "x/n.txt"), context["data"]);
        Assert.Equal("quick", context["mode"]);
    }

    [Fact]
    public void ParameterListFormFromTheDocsIsAccepted()
    {
        var yaml = """
            workflow:
                parameters:
                - names: "$[[names]]"
                - sleep: "$[[sleep_time]]"
                steps:
                - name: hello
                  action:
                    environment: "python:3.7"
                    commands:
                    - "${python} code/helloworld.py \
                        --input=\"${names}\" \
                        --sleep=${sleep}"
            parameters:
            - {name: names, dtype: file, target: data/names.txt}
            - {name: sleep_time, dtype: float, defaultValue: 1}
            """;
        var template = TemplateLoader.FromYaml(yaml);
        var steps = template.GetSteps(template.CastArguments(Args.Of(("names", new FileArgument("f1")))));
        Assert.Equal(["python3 code/helloworld.py --input=\"data/names.txt\" --sleep=1.0"], Assert.IsType<ContainerAction>(steps[0].Action).Commands);
    }

    [Fact]
    public void LegacyReanaFormFromTheDocsIsAccepted()
    {
        var yaml = """
            workflow:
                version: 0.3.0
                inputs:
                  files:
                    - code/helloworld.py
                    - $[[names]]
                  parameters:
                    helloworld: code/helloworld.py
                    inputfile: $[[names]]
                    sleeptime: $[[sleeptime]]
                workflow:
                  type: serial
                  specification:
                    steps:
                      - environment: 'python:2.7'
                        commands:
                          - python "${helloworld}"
                              --inputfile "${inputfile}"
                              --sleeptime ${sleeptime}
                outputs:
                  files:
                   - results/greetings.txt
            parameters:
                - name: names
                  label: Person names
                  description: Text file containing person names
                  dtype: file
                  as: data/names.txt
                - name: sleeptime
                  label: Sleep period
                  description: Sleep period in seconds
                  dtype: int
            """;
        var template = TemplateLoader.FromYaml(yaml);
        Assert.Equal(["code/helloworld.py", "$[[names]]"], template.Workflow.InputFiles);
        Assert.Equal(["results/greetings.txt"], template.Workflow.OutputFiles);
        var steps = template.GetSteps(template.CastArguments(Args.Of(("names", new FileArgument("f1")), ("sleeptime", 2L))));
        var step = Assert.Single(steps);
        Assert.Equal("step1", step.Name);
        Assert.Equal(("python:2.7", "python \"code/helloworld.py\" --inputfile \"data/names.txt\" --sleeptime 2"),
            (((ContainerAction)step.Action).Image, ((ContainerAction)step.Action).Commands[0]));
    }

    [Fact]
    public void ReferencesInCommandsAreExpandedBeforeSubstitutionWithoutReSubstitutingValues()
    {
        var yaml = """
            workflow:
                parameters:
                    p: $[[price]]
                steps:
                - name: s
                  action:
                    environment: x
                    commands:
                    - 'echo $[[price]] ${p} $[[verbose ? -v : -q]] $$HOME'
            parameters:
            - {name: price, dtype: string}
            - {name: verbose, dtype: bool, defaultValue: true}
            """;
        var template = TemplateLoader.FromYaml(yaml);
        var steps = template.GetSteps(template.CastArguments(Args.Of(("price", "$5"))));
        Assert.Equal(["echo $5 $5 -v $HOME"], ((ContainerAction)steps[0].Action).Commands);
    }

    [Fact]
    public void OtherStepKindsAreParsed()
    {
        var yaml = """
            workflow:
                steps:
                - name: code
                  action: {func: pkg.mod.fn, arg: result, variables: [{arg: a, var: b}]}
                - name: notebook
                  action: {notebook: notebooks/HelloWorld.ipynb, params: [inputfile, greeting]}
                - name: shell
                  action:
                    environment: alpine
                    commands: echo hi
                    env: {LANG: C}
            """;
        var steps = TemplateLoader.FromYaml(yaml).Workflow.Steps;
        var code = Assert.IsType<CodeAction>(steps[0].Action);
        Assert.Equal(("pkg.mod.fn", "result", "b"), (code.Function, code.ResultVariable, code.Variables["a"]));
        var notebook = Assert.IsType<NotebookAction>(steps[1].Action);
        Assert.Equal(("notebooks/HelloWorld.out.ipynb", 2), (notebook.Output, notebook.Params.Count));
        var shell = Assert.IsType<ContainerAction>(steps[2].Action);
        Assert.Equal(["echo hi"], shell.Commands);
        Assert.Equal("C", shell.Environment["LANG"]);
    }

    [Theory]
    [InlineData("workflow:\n    files: {inputs: [a]}", "missing element 'steps' in workflow")]
    [InlineData("workflow:\n    steps: []", "workflow has no steps")]
    [InlineData("workflow:\n    steps:\n    - name: postproc", "missing action for step 'postproc'")]
    [InlineData("workflow:\n    steps:\n    - action: {environment: a, commands: [ls]}", "missing element 'name' in step #1")]
    [InlineData("workflow:\n    steps:\n    - name: a\n      action: {image: x}", "invalid action specification '{'image': 'x'}' in step 'a'")]
    [InlineData("workflow:\n    steps:\n    - name: a\n      action: run it", "invalid action for step 'a': expected an object or $[[actor parameter]], got 'run it'")]
    [InlineData("workflow:\n    steps:\n    - name: a\n      action: $[[x]]\nparameters:\n    - {name: x, dtype: string}", "parameter 'x' used as step 'a' is not an actor")]
    [InlineData("workflow:\n    steps:\n    - {name: a, action: {environment: x, commands: [ls]}}\n    - {name: a, action: {environment: x, commands: [ls]}}", "duplicate step 'a'")]
    [InlineData("workflow:\n    steps:\n    - {name: a, action: {environment: x, commands: ['echo $1']}}", "invalid placeholder at position 6 in command 'echo $1' (write $$ for a literal $)")]
    [InlineData("workflow:\n    parameters: [1, 2]\n    steps:\n    - {name: a, action: {environment: x, commands: [ls]}}", "invalid workflow parameters: expected a mapping of names to values")]
    [InlineData("workflow:\n    files: {inputs: [[a]]}\n    steps:\n    - {name: a, action: {environment: x, commands: [ls]}}", "invalid workflow files: 'inputs' must be a list of strings")]
    [InlineData("workflow: [a]", "invalid workflow: expected an object")]
    public void InvalidSpecificationsAreRejected(string yaml, string message) =>
        Assert.Equal(message, Assert.Throws<TemplateException>(() => TemplateLoader.FromYaml(yaml)).Message);
}
