using System.Text;
using Flowserv.Engine.Execution.Processes;
using FsCheck;
using FsCheck.Fluent;

namespace Flowserv.Engine.Tests.Execution.Processes;

public sealed class Utf8LineSplitterTests
{
    [Fact]
    public void A_character_split_across_chunks_is_reassembled()
    {
        var bytes = Encoding.UTF8.GetBytes("h€llo 😀\n");

        Assert.Equal(["h€llo 😀"], Split(bytes.Select(b => new[] { b })));
    }

    [Fact]
    public void Crlf_ends_a_line_and_a_lone_cr_stays_in_it()
    {
        Assert.Equal(["a", "50%\r100%", "", "b"], Split("a\r\n50%\r100%\n\nb"));
    }

    [Fact]
    public void Invalid_bytes_become_replacement_characters()
    {
        Assert.Equal(["a\uFFFDb", "\uFFFD"], Split([[(byte)'a', 0xFF, (byte)'b', (byte)'\n', 0xE2, 0x82]]));
    }

    [Fact]
    public void A_line_of_exactly_the_maximum_length_is_one_line()
    {
        Assert.Equal(["abc", "de"], Split("abc\nde\n", maxLineLength: 3));
    }

    [Fact]
    public void Pieces_of_an_over_long_line_never_split_a_surrogate_pair()
    {
        Assert.Equal(["ab", "😀c", "d"], Split("ab😀cd\n", maxLineLength: 3));
    }

    [Fact]
    public void Chunk_boundaries_do_not_change_the_lines()
    {
        var text = Gen.Elements('a', 'é', '€', '\n', '\r', ' ').ArrayOf().Select(chars => new string(chars));
        var cuts = Gen.Choose(1, 7).ArrayOf();

        Prop.ForAll(text.ToArbitrary(), cuts.ToArbitrary(), (content, sizes) =>
            {
                var bytes = Encoding.UTF8.GetBytes(content);
                return Split([bytes]).SequenceEqual(Split(Chunks(bytes, sizes)));
            })
            .QuickCheckThrowOnFailure();
    }

    private static List<string> Split(string text, int maxLineLength = 1024) =>
        Split([Encoding.UTF8.GetBytes(text)], maxLineLength);

    private static List<string> Split(IEnumerable<byte[]> chunks, int maxLineLength = 1024)
    {
        var splitter = new Utf8LineSplitter(maxLineLength);
        var lines = new List<string>();
        foreach (var chunk in chunks)
        {
            splitter.Split(chunk, lines);
        }
        splitter.Flush(lines);
        return lines;
    }

    private static IEnumerable<byte[]> Chunks(byte[] bytes, int[] sizes)
    {
        var offset = 0;
        for (var i = 0; offset < bytes.Length; i++)
        {
            var size = sizes.Length == 0 ? bytes.Length : Math.Min(sizes[i % sizes.Length], bytes.Length - offset);
            yield return bytes[offset..(offset + size)];
            offset += size;
        }
    }
}
