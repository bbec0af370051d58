using Flowserv.Engine.Errors;
using Flowserv.Engine.Services;
using Flowserv.Engine.Storage;
using Flowserv.Engine.Tests.Services.Support;
using Microsoft.EntityFrameworkCore;

namespace Flowserv.Engine.Tests.Services;

public sealed class UploadServiceTests
{
    [Fact]
    public async Task Upload_stores_the_bytes_under_the_file_id_and_records_metadata()
    {
        await using var engine = await EngineFixture.CreateAsync();
        var s = await Scenario.CreateAsync(engine);

        var file = await engine.Uploads.UploadAsync(s.Member, s.Group.Id, "data.csv", Scenario.Text("a,b\n1,2\n"));
        var stored = await engine.Uploads.GetAsync(s.Member, s.Group.Id, file.Id);

        Assert.Equal("data.csv", file.Name);
        Assert.Equal("text/csv", file.MimeType);
        Assert.Equal(8, file.Size);
        Assert.Equal(DateTimeKind.Utc, file.CreatedAt.Kind);
        Assert.Equal(engine.Get<FileStore>().UploadPath(s.Workflow.Id, s.Group.Id, file.Id), stored.Path);
        await using var content = stored.OpenRead();
        Assert.Equal("a,b\n1,2\n", await new StreamReader(content).ReadToEndAsync());
    }

    [Fact]
    public async Task Upload_streams_large_non_seekable_content()
    {
        await using var engine = await EngineFixture.CreateAsync();
        var s = await Scenario.CreateAsync(engine);
        const int size = 20 * 1024 * 1024;

        var file = await engine.Uploads.UploadAsync(s.Member, s.Group.Id, "big.bin", new PatternStream(size));

        Assert.Equal(size, file.Size);
        Assert.Equal(size, new FileInfo((await engine.Uploads.GetAsync(s.Member, s.Group.Id, file.Id)).Path).Length);
    }

    [Theory]
    [InlineData("../escape.txt")]
    [InlineData("..")]
    [InlineData("dir/file.txt")]
    [InlineData("dir\\file.txt")]
    [InlineData("/etc/passwd")]
    [InlineData("bad\nname")]
    public async Task Upload_rejects_names_that_are_paths_and_writes_nothing(string name)
    {
        await using var engine = await EngineFixture.CreateAsync();
        var s = await Scenario.CreateAsync(engine);
        var workflows = Path.Combine(engine.Directory.Path, "workflows");
        var before = Directory.GetFiles(workflows, "*", SearchOption.AllDirectories).Length;

        var error = await Assert.ThrowsAsync<ConstraintViolationException>(() => engine.Uploads.UploadAsync(s.Member, s.Group.Id, name, Scenario.Text("x")));

        Assert.Equal(ErrorCodes.InvalidPath, error.Code);
        Assert.Equal(before, Directory.GetFiles(workflows, "*", SearchOption.AllDirectories).Length);
        Assert.False(File.Exists(Path.Combine(engine.Directory.Path, "..", "escape.txt")));
    }

    [Fact]
    public async Task Upload_rejects_a_blank_name()
    {
        await using var engine = await EngineFixture.CreateAsync();
        var s = await Scenario.CreateAsync(engine);

        var error = await Assert.ThrowsAsync<ConstraintViolationException>(() => engine.Uploads.UploadAsync(s.Member, s.Group.Id, " ", Scenario.Text("x")));

        Assert.Equal(ErrorCodes.InvalidName, error.Code);
    }

    [Fact]
    public async Task List_shows_the_groups_files_in_upload_order()
    {
        await using var engine = await EngineFixture.CreateAsync();
        var s = await Scenario.CreateAsync(engine);
        engine.Clock.Advance(TimeSpan.FromSeconds(1));
        await engine.Uploads.UploadAsync(s.Member, s.Group.Id, "second.txt", Scenario.Text("2"));

        var files = await engine.Uploads.ListAsync(s.Member, s.Group.Id);

        Assert.Equal(["names.txt", "second.txt"], files.Select(f => f.Name));
    }

    [Fact]
    public async Task Delete_removes_record_and_bytes()
    {
        await using var engine = await EngineFixture.CreateAsync();
        var s = await Scenario.CreateAsync(engine);
        var path = (await engine.Uploads.GetAsync(s.Member, s.Group.Id, s.Names.Id)).Path;

        await engine.Uploads.DeleteAsync(s.Member, s.Group.Id, s.Names.Id);

        Assert.False(File.Exists(path));
        Assert.False(await engine.Db.UploadedFiles.AnyAsync());
        var again = await Assert.ThrowsAsync<UnknownObjectException>(() => engine.Uploads.DeleteAsync(s.Member, s.Group.Id, s.Names.Id));
        Assert.Equal($"unknown file '{s.Names.Id}'", again.Message);
    }

    [Fact]
    public async Task Files_of_another_group_are_unknown_there()
    {
        await using var engine = await EngineFixture.CreateAsync();
        var s = await Scenario.CreateAsync(engine);
        var other = await engine.Groups.CreateAsync(s.Member, s.Workflow.Id, "Team B");

        var error = await Assert.ThrowsAsync<UnknownObjectException>(() => engine.Uploads.GetAsync(s.Member, other.Id, s.Names.Id));

        Assert.Equal(ErrorCodes.UnknownFile, error.Code);
    }

    [Fact]
    public async Task Every_operation_is_for_members_only()
    {
        await using var engine = await EngineFixture.CreateAsync();
        var s = await Scenario.CreateAsync(engine);
        var stranger = await engine.SignInAsync("stranger");

        await Assert.ThrowsAsync<UnauthorizedException>(() => engine.Uploads.UploadAsync(stranger, s.Group.Id, "x.txt", Scenario.Text("x")));
        await Assert.ThrowsAsync<UnauthorizedException>(() => engine.Uploads.ListAsync(stranger, s.Group.Id));
        await Assert.ThrowsAsync<UnauthorizedException>(() => engine.Uploads.GetAsync(stranger, s.Group.Id, s.Names.Id));
        await Assert.ThrowsAsync<UnauthorizedException>(() => engine.Uploads.DeleteAsync(stranger, s.Group.Id, s.Names.Id));
        await Assert.ThrowsAsync<UnauthenticatedException>(() => engine.Uploads.ListAsync(Caller.Anonymous, s.Group.Id));
        var unknown = await Assert.ThrowsAsync<UnknownObjectException>(() => engine.Uploads.ListAsync(s.Member, "nope"));
        Assert.Equal(ErrorCodes.UnknownGroup, unknown.Code);
    }

    /// <summary>A forward-only stream of generated bytes, like a network body.</summary>
    private sealed class PatternStream(long length) : Stream
    {
        private long position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - position);
            for (var i = 0; i < n; i++)
            {
                buffer[offset + i] = (byte)((position + i) % 251);
            }
            position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
