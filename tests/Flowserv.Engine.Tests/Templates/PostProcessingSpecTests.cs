using Flowserv.Engine.Templates;

namespace Flowserv.Engine.Tests.Templates;

public class PostProcessingSpecTests
{
    private static PostProcessingSpec? Parse(string postproc) =>
        TemplateLoader.FromYaml(TemplateText.WithParameters(TemplateText.Greeting) + "postproc:\n" + postproc).PostProcessing;

    private const string Current = """
            workflow:
                files:
                    inputs: [code/postproc.py, '$[[runs]]']
                    outputs: [results/compare.json]
                parameters:
                    rundir: $[[runs]]
                steps:
                - name: compare
                  action:
                    environment: python:3.9
                    commands:
                    - ${python} code/postproc.py
                        --runs "${rundir}"
                        --outputfile results/compare.json
            inputs:
                files:
                    - results/analytics.json
                runs: 'runs/'
            outputs:
                - source: results/compare.json
                  title: Results
                  caption: The results.
        """;

    [Fact]
    public void RunsExpandsToTheStagingFolder()
    {
        var spec = Parse(Current)!;
        Assert.Equal(["results/analytics.json"], spec.InputFiles);
        Assert.Equal(("runs", "runs/runs.json"), (spec.RunsFolder, spec.RunsIndexPath));
        Assert.Equal([new OutputFileSpec("results/compare.json", "results/compare.json", "Results", "The results.")], spec.RetainedOutputs);
        var step = Assert.Single(spec.GetSteps());
        Assert.Equal(["python3 code/postproc.py --runs \"runs\" --outputfile results/compare.json"], ((ContainerAction)step.Action).Commands);
        Assert.Equal(["code/postproc.py", "$[[runs]]"], spec.Workflow.InputFiles);
        Assert.Equal(["code/postproc.py"], spec.Workflow.StaticInputFiles);
    }

    [Fact]
    public void LegacyFormWithDocumentedRunResultsFileParameter()
    {
        var spec = Parse("""
                workflow:
                    version: '0.3.0'
                    inputs:
                      files:
                        - 'postproc_code/'
                        - 'data/evaluate/labels.pkl'
                    workflow:
                      type: 'serial'
                      specification:
                        steps:
                          - environment: 'heikomueller/toptaggerdemo:1.0'
                            commands:
                              - 'python postproc_code/plot-roc-auc.py $[[runResultsFile]] data/evaluate/labels.pkl results'
                    outputs:
                      files:
                       - 'results/ROC-AUC.png'
                inputs:
                    files:
                        - 'results/yProbBest.pkl'
                    runs: '.runs'
            """)!;
        Assert.Equal(".runs", spec.RunsFolder);
        Assert.Equal([new OutputFileSpec("results/ROC-AUC.png", "results/ROC-AUC.png")], spec.RetainedOutputs);
        Assert.Equal(["python postproc_code/plot-roc-auc.py .runs data/evaluate/labels.pkl results"], ((ContainerAction)spec.GetSteps()[0].Action).Commands);
    }

    [Fact]
    public void TopTaggerLegacyStepsWithoutNames()
    {
        var spec = Parse("""
                workflow:
                    steps:
                    - environment: 'toptagger:1.0'
                      commands:
                        - 'python code/plot-roc.py ${in} data/evaluate/labels.pkl ${out}'
                inputs:
                    files:
                        - 'results/yProbBest.pkl'
            """)!;
        Assert.Equal("runs", spec.RunsFolder);
        var step = Assert.Single(spec.GetSteps());
        Assert.Equal(("step1", "python code/plot-roc.py in data/evaluate/labels.pkl out"), (step.Name, ((ContainerAction)step.Action).Commands[0]));
    }

    [Theory]
    [InlineData("    inputs: {files: []}", "missing element 'workflow' in postproc")]
    [InlineData("    workflow: {steps: [{name: a, action: {environment: x, commands: [ls]}}]}\n    inputs: {runs: runs}", "missing element 'files' in postproc inputs")]
    [InlineData("    workflow: {steps: [{name: a, action: {environment: x, commands: [ls]}}]}\n    inputs: {files: [], dir: x}", "unknown element 'dir' in postproc inputs")]
    [InlineData("    workflow: {steps: [{name: a, action: {environment: x, commands: [ls]}}]}\n    params: {}", "unknown element 'params' in postproc")]
    [InlineData("    workflow: {steps: [{name: a, action: {environment: x, commands: [ls]}}]}\n    inputs: {files: [], runs: ../up}", "invalid runs folder '../up' in postproc inputs")]
    [InlineData("    workflow: {steps: [{name: a, action: {environment: x, commands: ['$[[greeting]]']}}]}", "unknown parameter 'greeting' referenced in postproc")]
    [InlineData("    workflow:\n        steps:\n        - name: postproc", "missing action for step 'postproc'")]
    public void InvalidPostProcessingIsRejected(string postproc, string message) =>
        Assert.Equal(message, Assert.Throws<TemplateException>(() => Parse(postproc)).Message);
}
