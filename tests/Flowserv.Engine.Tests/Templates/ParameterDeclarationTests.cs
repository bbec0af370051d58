using Flowserv.Engine.Templates;

namespace Flowserv.Engine.Tests.Templates;

public class ParameterDeclarationTests
{
    private static ParameterIndex Parse(string declarations) =>
        TemplateLoader.FromYaml(TemplateText.WithParameters(TemplateText.Greeting + "\n" + declarations)).Parameters;

    private static string Error(string declarations) =>
        Assert.Throws<TemplateException>(() => Parse(declarations)).Message;

    [Fact]
    public void ImplementedSpellings()
    {
        var names = Parse("""
                - name: names
                  label: Names File
                  help: One name per line
                  dtype: file
                  target: data/names.txt
                  index: 5
                  isRequired: false
            """).Find("names")!;
        Assert.Equal(("names", ParameterType.File, "Names File", "One name per line"), (names.Name, names.Type, names.Label, names.Help));
        Assert.Equal(("data/names.txt", 5, false), (names.Target, names.Index, names.IsRequired));
    }

    [Fact]
    public void DocumentedSpellings()
    {
        var yaml = TemplateText.Workflow + """
            parameterGroups:
                - name: main
                  title: Main Step
                  index: 0
            parameters:
                - name: greeting
                  datatype: string
                - name: names
                  description: Text file containing person names
                  type: file
                  as: data/names.txt
                  module: main
            """;
        var names = TemplateLoader.FromYaml(yaml).Parameters.Find("names")!;
        Assert.Equal((ParameterType.File, "Text file containing person names", "data/names.txt", "main"), (names.Type, names.Help, names.Target, names.Group));
    }

    [Fact]
    public void IndexDefaultsToPositionAndRequiredToHavingNoDefault()
    {
        var parameters = Parse("""
                - name: sleeptime
                  dtype: int
                - name: rate
                  dtype: float
                  defaultValue: 0.5
            """);
        Assert.Equal(["greeting", "sleeptime", "rate"], parameters.Select(parameter => parameter.Name));
        Assert.Equal([0, 1, 2], parameters.Select(parameter => parameter.Index));
        Assert.Equal([false, true, false], parameters.Select(parameter => parameter.IsRequired));
        Assert.Equal(0.5, parameters.Find("rate")!.DefaultValue);
    }

    [Fact]
    public void ParametersAreEnumeratedByIndex()
    {
        var parameters = Parse("""
                - name: last
                  dtype: int
                  index: 9
                - name: first
                  dtype: int
                  index: -1
            """);
        Assert.Equal(["first", "greeting", "last"], parameters.Select(parameter => parameter.Name));
    }

    [Fact]
    public void TypeSpecificElements()
    {
        var parameters = Parse("""
                - name: imageType
                  label: Image Type
                  type: select
                  defaultValue: brightfield
                  values:
                      - name: Brightfield
                        value: brightfield
                        isDefault: true
                      - name: Phasecontrast
                        value: phasecontrast
                        isDefault: false
                  isRequired: true
                - name: maxProportion
                  dtype: float
                  defaultValue: 0.75
                  range: '[0,1]'
                - name: sizes
                  dtype: list
                  para:
                      name: size
                      dtype: int
                - name: point
                  dtype: record
                  fields:
                      - name: x
                        dtype: float
                      - name: y
                        dtype: float
                        defaultValue: 0
                - name: tagger
                  dtype: actor
                - name: verbose
                  dtype: bool
                  defaultValue: false
            """);
        Assert.Equal(
            [new SelectOption("Brightfield", "brightfield", true), new SelectOption("Phasecontrast", "phasecontrast", false)],
            parameters.Find("imageType")!.Values);
        Assert.Equal("[0,1]", parameters.Find("maxProportion")!.Range!.ToString());
        Assert.Equal(ParameterType.Int, parameters.Find("sizes")!.Para!.Type);
        Assert.Equal([true, false], parameters.Find("point")!.Fields.Select(field => field.IsRequired));
        Assert.Equal(ParameterType.Actor, parameters.Find("tagger")!.Type);
        Assert.Equal(false, parameters.Find("verbose")!.DefaultValue);
    }

    [Theory]
    [InlineData("- dtype: int", "missing 'name' for parameter declaration #2")]
    [InlineData("- name: x", "missing 'dtype' for parameter 'x'")]
    [InlineData("- name: x\n  dtype: number", "unknown data type 'number' for parameter 'x'")]
    [InlineData("- name: x\n  dtype: int\n  widget: slider", "unknown element 'widget' in parameter 'x'")]
    [InlineData("- name: x\n  dtype: int\n  target: a.txt", "unknown element 'target' in parameter 'x'")]
    [InlineData("- name: x\n  dtype: string\n  help: a\n  description: b", "conflicting elements 'help' and 'description' in parameter 'x'")]
    [InlineData("- name: greeting\n  dtype: int", "duplicate parameter 'greeting'")]
    [InlineData("- name: x\n  dtype: int\n  range: '[5,1]'", "invalid range '[5,1]': invalid interval boundaries for parameter 'x'")]
    [InlineData("- name: x\n  dtype: float\n  range: '0..1'", "invalid range '0..1': expected two bounds separated by ',' for parameter 'x'")]
    [InlineData("- name: x\n  dtype: select", "missing 'values' for parameter 'x'")]
    [InlineData("- name: x\n  dtype: select\n  values:\n  - name: a", "missing element 'value' in values of parameter 'x'")]
    [InlineData("- name: x\n  dtype: select\n  values:\n  - {name: a, value: 1, color: red}", "unknown element 'color' in values of parameter 'x'")]
    [InlineData("- name: x\n  dtype: list", "missing 'para' for list parameter 'x'")]
    [InlineData("- name: x\n  dtype: record", "missing 'fields' for record parameter 'x'")]
    [InlineData("- name: x\n  dtype: record\n  fields:\n  - {name: a, dtype: int}\n  - {name: a, dtype: int}", "duplicate field 'a' in record parameter 'x'")]
    [InlineData("- name: x\n  dtype: int\n  group: nowhere", "unknown parameter group 'nowhere' for parameter 'x'")]
    [InlineData("- name: x\n  dtype: int\n  defaultValue: ten", "invalid default value for parameter 'x': invalid argument 'x': no int 'ten'")]
    [InlineData("- name: x\n  dtype: int\n  range: '[0,5]'\n  defaultValue: 6", "invalid default value for parameter 'x': invalid argument 'x': 6 not in [0,5]")]
    [InlineData("- name: x\n  dtype: select\n  defaultValue: c\n  values:\n  - {name: a, value: a}", "invalid default value for parameter 'x': invalid argument 'x': unknown value 'c'")]
    [InlineData("- name: x\n  dtype: int\n  index: first", "invalid parameter 'x': 'index' must be an integer")]
    [InlineData("- name: x\n  dtype: int\n  isRequired: maybe", "invalid parameter 'x': 'isRequired' must be a Boolean")]
    [InlineData("- just a string", "invalid parameter declaration #2: expected an object")]
    public void InvalidDeclarationsAreRejectedWithPreciseMessages(string declarations, string message) =>
        Assert.Equal(message, Error(declarations.Replace("\n", "\n    ", StringComparison.Ordinal).Insert(0, "    ")));

    [Fact]
    public void ParameterGroupsNeedNameAndTitle()
    {
        var yaml = TemplateText.Workflow + "parameterGroups:\n    - name: main\n      index: 0\n";
        Assert.Equal("missing element 'title' in parameter group #1", Assert.Throws<TemplateException>(() => TemplateLoader.FromYaml(yaml)).Message);
        var unknown = TemplateText.Workflow + "parameterGroups:\n    - {name: main, title: Main, color: red}\n";
        Assert.Equal("unknown element 'color' in parameter group #1", Assert.Throws<TemplateException>(() => TemplateLoader.FromYaml(unknown)).Message);
        var duplicate = TemplateText.Workflow + "parameterGroups:\n    - {name: main, title: Main}\n    - {name: main, title: Other}\n";
        Assert.Equal("duplicate parameter group 'main'", Assert.Throws<TemplateException>(() => TemplateLoader.FromYaml(duplicate)).Message);
    }
}
