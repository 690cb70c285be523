using System.IO.Compression;

namespace Triangulate.Nlp.Models;

/// <summary>
/// The file format both trained models (<see cref="Entities.NerModel"/>, <see cref="PartsOfSpeech.PosModel"/>)
/// share: a gzip stream that opens with a magic string and a format version, then the model's own body. The
/// models are embedded in this assembly under the names their <c>ResourceName</c> gives.
/// </summary>
internal static class ModelFile
{
    /// <summary>Checks the header and reads the body.</summary>
    /// <exception cref="InvalidDataException">The stream is not a <paramref name="kind"/> model of this version.</exception>
    public static T Read<T>(Stream stream, string magic, int version, string kind, Func<BinaryReader, T> body)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var gz = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var buffered = new BufferedStream(gz, 1 << 16);
        using var r = new BinaryReader(buffered);
        if (r.ReadString() != magic || r.ReadInt32() != version)
        {
            throw new InvalidDataException($"Not a Triangulate {kind} model (bad magic or version).");
        }

        return body(r);
    }

    /// <summary>Writes the header, then the body, compressed as small as gzip goes.</summary>
    public static void Write(Stream stream, string magic, int version, Action<BinaryWriter> body)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var gz = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var w = new BinaryWriter(gz);
        w.Write(magic);
        w.Write(version);
        body(w);
    }

    /// <summary>The model embedded as <paramref name="resourceName"/>, or null when the build embedded none.</summary>
    public static T? LoadEmbedded<T>(string resourceName, Func<Stream, T> load)
        where T : class
    {
        using var stream = typeof(ModelFile).Assembly.GetManifestResourceStream(resourceName);
        return stream is null ? null : load(stream);
    }
}
