using Flowserv.Engine.Templates;

namespace Flowserv.Engine.Tests.Templates;

/// <summary>Templates exactly as printed in flowServ's documentation load and expand.</summary>
public class DocumentedExamplesTests
{
    private const string BenchmarkTemplate = """
        workflow:
            version: 0.3.0
            inputs:
              files:
                - code/analyze.py
                - code/helloworld.py
                - $[[names]]
              parameters:
                inputfile: $[[names]]
                outputfile: results/greetings.txt
                sleeptime: $[[sleeptime]]
                greeting: $[[greeting]]
            workflow:
              type: serial
              specification:
                steps:
                  - environment: 'python:3.7'
                    commands:
                      - python code/helloworld.py
                          --inputfile "${inputfile}"
                          --outputfile "${outputfile}"
                          --sleeptime ${sleeptime}
                          --greeting ${greeting}
                      - python code/analyze.py
                          --inputfile "${outputfile}"
                          --outputfile results/analytics.json
            outputs:
              files:
               - results/greetings.txt
               - results/analytics.json
        parameters:
            - name: names
              label: 'Input file'
              datatype: file
              as: data/names.txt
            - name: sleeptime
              datatype: int
              defaultValue: 10
            - name: greeting
              datatype: string
              defaultValue: 'Hello'
        results:
            file: results/analytics.json
            schema:
                - name: avg_count
                  label: 'Avg. Chars per Line'
                  type: decimal
                - name: max_len
                  label: 'Max. Output Line'
                  type: decimal
                - name: max_line
                  label: 'Longest Output'
                  type: string
                  required: False
            orderBy:
                - name: avg_count
                  sortDesc: true
                - name: max_len
                  sortDesc: false
        """;

    [Fact]
    public void BenchmarkTemplateFromTheDocs()
    {
        var template = TemplateLoader.FromYaml(BenchmarkTemplate);
        var step = Assert.Single(template.GetSteps(Args.Of(("names", new FileArgument("f1")), ("greeting", "Hi"))));
        Assert.Equal(
            [
                "python code/helloworld.py --inputfile \"data/names.txt\" --outputfile \"results/greetings.txt\" --sleeptime 10 --greeting Hi",
                "python code/analyze.py --inputfile \"results/greetings.txt\" --outputfile results/analytics.json",
            ],
            ((ContainerAction)step.Action).Commands);
        Assert.Equal(["results/greetings.txt", "results/analytics.json"], template.RetainedOutputs.Select(output => output.Source));
        Assert.Equal([ResultType.Float, ResultType.Float, ResultType.String], template.ResultSchema!.Columns.Select(column => column.Type));
        Assert.Equal([true, false], template.ResultSchema.DefaultOrder.Select(sort => sort.SortDesc));
    }

    [Fact]
    public void SelectParameterFromTheDocs()
    {
        var yaml = TemplateText.Workflow.Replace("$[[greeting]]", "$[[imageType]]", StringComparison.Ordinal) + """
            parameters:
            - name: 'imageType'
              label: 'Image Type'
              description: 'The type of micrscopy used to generate images'
              type: 'select'
              defaultValue: 'brightfield'
              values:
                  - name: 'Brightfield'
                    value: 'brightfield'
                    isDefault: true
                  - name: 'Phasecontrast'
                    value: 'phasecontrast'
                    isDefault: false
              isRequired: true
            """;
        var template = TemplateLoader.FromYaml(yaml);
        Assert.Equal("python3 code/run.py --greeting \"brightfield\"", ((ContainerAction)template.GetSteps(Args.None)[0].Action).Commands[0]);
        Assert.Equal("python3 code/run.py --greeting \"phasecontrast\"",
            ((ContainerAction)template.GetSteps(Args.Of(("imageType", "phasecontrast")))[0].Action).Commands[0]);
    }

    [Fact]
    public void FileAndNumericParametersFromTheDocs()
    {
        var yaml = TemplateText.WithParameters(TemplateText.Greeting + """

                - name: 'names'
                  label: 'Names File'
                  dtype: 'file'
                  target: 'data/names.txt'
                  index: 0
                  isRequired: true
                - name: 'maxProportion'
                  label: 'Max. Proportion'
                  dtype: 'float'
                  index: 3
                  defaultValue: 0.75
                  range: '[0,1]'
            """);
        var parameters = TemplateLoader.FromYaml(yaml).Parameters;
        Assert.Equal(["greeting", "names", "maxProportion"], parameters.Select(parameter => parameter.Name));
        Assert.Equal([0, 0, 3], parameters.Select(parameter => parameter.Index));
        Assert.Equal("invalid argument 'maxProportion': 1.5 not in [0,1]",
            Assert.Throws<ArgumentValueException>(() => parameters.Find("maxProportion")!.Cast(1.5)).Message);
    }
}
