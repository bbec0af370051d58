using Flowserv.GraphQL.Language;

namespace Flowserv.GraphQL.Tests.Language;

public class BlockStringTests
{
    private static string Lines(params string[] lines) => string.Join('\n', lines);

    [Theory]
    [InlineData("", "")]
    [InlineData("  a", "  a")]
    [InlineData(" a\n  b", " a\nb")]
    [InlineData("\n a\n  b", "a\n b")]
    [InlineData("\n  a\n b", " a\nb")]
    [InlineData("\n  a\n b\n", " a\nb")]
    [InlineData("\n\ta\n          b", "a\n         b")]
    [InlineData("\n\t a\n          b", "a\n        b")]
    [InlineData("\n \t a\n          b", "a\n       b")]
    [InlineData("  \n   \n", "")]
    [InlineData("a\r\n  b\r  c", "a\nb\nc")]
    public void Dedents_like_BlockStringValue(string raw, string value) =>
        Assert.Equal(value, BlockString.Dedent(raw));

    [Fact]
    public void Removes_uniform_indentation_and_blank_edge_lines()
    {
        var expected = Lines("Hello,", "  World!", "", "Yours,", "  GraphQL.");
        Assert.Equal(expected, BlockString.Dedent(Lines("", "    Hello,", "      World!", "", "    Yours,", "      GraphQL.")));
        Assert.Equal(expected, BlockString.Dedent(Lines("", "", "    Hello,", "      World!", "", "    Yours,", "      GraphQL.", "", "")));
        Assert.Equal(expected, BlockString.Dedent(Lines("  ", "        ", "    Hello,", "      World!", "", "    Yours,", "      GraphQL.", "        ", "  ")));
        Assert.Equal(
            Lines("    Hello,", "  World!", "", "Yours,", "  GraphQL."),
            BlockString.Dedent(Lines("    Hello,", "      World!", "", "    Yours,", "      GraphQL.")));
    }

    [Fact]
    public void Does_not_alter_trailing_spaces() =>
        Assert.Equal(
            Lines("Hello,     ", "  World!   ", "           ", "Yours,     ", "  GraphQL. "),
            BlockString.Dedent(Lines("               ", "    Hello,     ", "      World!   ", "               ", "    Yours,     ", "      GraphQL. ", "               ")));

    [Theory]
    [InlineData("one liner", "\"\"\"one liner\"\"\"")]
    [InlineData("", "\"\"\"\"\"\"")]
    [InlineData("triple quotation \"\"\"", "\"\"\"\ntriple quotation \\\"\"\"\n\"\"\"")]
    [InlineData("    space-led string", "\"\"\"    space-led string\"\"\"")]
    [InlineData("    space-led value \"quoted string\"", "\"\"\"    space-led value \"quoted string\"\n\"\"\"")]
    [InlineData("backslash \\", "\"\"\"\nbackslash \\\n\"\"\"")]
    [InlineData("no indent\n with indent", "\"\"\"\nno indent\n with indent\n\"\"\"")]
    [InlineData("    first  \n  line     \nindentation\n     string", "\"\"\"\n    first  \n  line     \nindentation\n     string\n\"\"\"")]
    [InlineData("\" \\ / \b \f \n \r \t", "\"\"\"\n\" \\ / \b \f \n \r \t\n\"\"\"")]
    [InlineData("a\n  b", "\"\"\"\na\n  b\n\"\"\"")]
    [InlineData("ends with \"", "\"\"\"\nends with \"\n\"\"\"")]
    public void Prints_like_printBlockString(string value, string printed) =>
        Assert.Equal(printed, BlockString.Print(value));

    [Fact]
    public void Prints_long_single_lines_on_their_own_line()
    {
        var seventy = new string('x', 70);
        Assert.Equal($"\"\"\"{seventy}\"\"\"", BlockString.Print(seventy));
        Assert.Equal($"\"\"\"\n{seventy}y\n\"\"\"", BlockString.Print(seventy + "y"));
        Assert.Equal($"\"\"\" {seventy}\n\"\"\"", BlockString.Print(" " + seventy));
    }

    [Theory]
    [InlineData("", true)]
    [InlineData(" a", true)]
    [InlineData("\t\"\n\"", true)]
    [InlineData("\t\"\n \n\t\"", false)]
    [InlineData(" ", false)]
    [InlineData("\t", false)]
    [InlineData("\t ", false)]
    [InlineData("\u0000", false)]
    [InlineData("a\u0000b", false)]
    [InlineData("a\u000Fb", false)]
    [InlineData("a\u001Fb", true)]
    [InlineData("\n", false)]
    [InlineData("\n\n", false)]
    [InlineData(" \n  \n", false)]
    [InlineData("\r", false)]
    [InlineData("\r\n", false)]
    [InlineData("a\rb", false)]
    [InlineData("\na", false)]
    [InlineData(" \na", false)]
    [InlineData("a\n", false)]
    [InlineData("a\n ", false)]
    [InlineData("a\n\nb", true)]
    [InlineData("a\n \nb", true)]
    [InlineData("a\n\t \nb", true)]
    [InlineData(" a\nb", true)]
    [InlineData(" a\n b", false)]
    [InlineData("\u00E9\U0001F600", true)]
    public void Knows_which_strings_are_printable(string value, bool printable) =>
        Assert.Equal(printable, BlockString.IsPrintable(value));

    [Theory]
    [InlineData("")]
    [InlineData("a")]
    [InlineData("    leading")]
    [InlineData("a\n  b\n\nc")]
    [InlineData("quote\" and \"\"\" triples \\\"\"\"")]
    [InlineData("ends with \\")]
    [InlineData("ends with \"")]
    [InlineData(" x\ny\n  z")]
    public void Printable_strings_survive_printing_and_lexing(string value)
    {
        Assert.True(BlockString.IsPrintable(value));
        var token = SyntaxAssert.LexOne(BlockString.Print(value));
        Assert.Equal(value, token.Value);
    }
}
