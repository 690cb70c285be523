using System.IO.Compression;

namespace Triangulate.Nlp.Models;

/// <summary>
/// The file format both trained models (<see cref="Entities.NerModel"/>, <see cref="PartsOfSpeech.PosModel"/>)
/// share: a gzip stream that opens with a magic string and a format version, then the model's own body; and the
/// copy of the model embedded in this assembly, loaded once on first use.
/// </summary>
internal sealed class ModelFormat<T>
    where T : class
{
    private readonly string _magic;
    private readonly int _version;
    private readonly string _kind;
    private readonly Func<BinaryReader, T> _readBody;
    private readonly Lazy<T?> _embedded;

    /// <param name="resourceName">The manifest name the build embeds the model under.</param>
    /// <param name="kind">The model's name in errors ("NER").</param>
    public ModelFormat(string resourceName, string magic, int version, string kind, Func<BinaryReader, T> readBody)
    {
        (_magic, _version, _kind, _readBody) = (magic, version, kind, readBody);
        _embedded = new(() =>
        {
            using var stream = typeof(ModelFormat<T>).Assembly.GetManifestResourceStream(resourceName);
            return stream is null ? null : Read(stream);
        });
    }

    /// <summary>The model embedded at build time, or null when the build embedded none.</summary>
    public T? Embedded => _embedded.Value;

    /// <summary>Checks the header and reads the body.</summary>
    /// <exception cref="InvalidDataException">The stream is not a model of this kind and version.</exception>
    public T Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var gz = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var buffered = new BufferedStream(gz, 1 << 16);
        using var r = new BinaryReader(buffered);
        if (r.ReadString() != _magic || r.ReadInt32() != _version)
        {
            throw new InvalidDataException($"Not a Triangulate {_kind} model (bad magic or version).");
        }

        return _readBody(r);
    }

    /// <summary>Writes the header, then the body, compressed as small as gzip goes.</summary>
    public void Write(Stream stream, Action<BinaryWriter> body)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(body);
        using var gz = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var w = new BinaryWriter(gz);
        w.Write(_magic);
        w.Write(_version);
        body(w);
    }
}
