using System.Text;

namespace Dyad.Analysis.Parsing;

/// <summary>
/// Greedy arc-hybrid dependency parser producing Universal Dependencies relations (with subtypes
/// such as <c>nsubj:pass</c>, <c>nmod:poss</c>, <c>obl:tmod</c>), trained on UD English-EWT with a
/// dynamic oracle and an averaged perceptron. Linear time: 2n transitions for n words.
/// </summary>
/// <remarks>
/// Instances are immutable and thread-safe: every <see cref="Parse"/> call allocates its own
/// scratch state. The parser always returns one tree: every word gets a head, and exactly one word
/// has head 0 with relation <c>root</c>. Non-projective trees cannot be produced.
/// </remarks>
public sealed class DependencyParser
{
    /// <summary>Resource name of the model embedded in the Dyad assembly.</summary>
    public const string DefaultResourceName = "Dyad.Data.models.parser.bin";

    /// <summary>Model file format version written by <see cref="Save(Stream)"/> and required by the loaders.</summary>
    public const int FormatVersion = 1;

    private static readonly byte[] Magic = "DYADPARS"u8.ToArray();
    private static readonly Lazy<DependencyParser> Default = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Transitions _transitions;
    private readonly ParserWeights _weights;

    internal DependencyParser(Transitions transitions, ParserWeights weights)
    {
        if (weights.ClassCount != transitions.ActionCount)
        {
            throw new InvalidDataException($"Parser model has {weights.ClassCount} classes but {transitions.ActionCount} transitions.");
        }
        _transitions = transitions;
        _weights = weights;
    }

    /// <summary>The dependency relations the model can assign.</summary>
    public IReadOnlyList<string> Labels => _transitions.Labels;

    /// <summary>Number of hashed features with non-zero weights.</summary>
    public int FeatureCount => _weights.FeatureCount;

    internal Transitions Transitions => _transitions;

    internal ParserWeights Weights => _weights;

    /// <summary>The model shipped in the Dyad assembly, loaded once on first use.</summary>
    public static DependencyParser LoadDefault() => Default.Value;

    /// <summary>Loads a model file written by <see cref="Save(string)"/>.</summary>
    public static DependencyParser Load(string path)
    {
        using var stream = File.OpenRead(path);
        return Load(stream);
    }

    /// <summary>Loads a model; throws <see cref="InvalidDataException"/> on a foreign file or a mismatched version.</summary>
    public static DependencyParser Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var buffered = new BufferedStream(stream, 1 << 16);
        Span<byte> magic = stackalloc byte[8];
        buffered.ReadExactly(magic);
        if (!magic.SequenceEqual(Magic)) throw new InvalidDataException("Not a Dyad parser model.");
        using var reader = new BinaryReader(buffered, Encoding.UTF8, leaveOpen: true);
        int format = reader.ReadInt32();
        int templates = reader.ReadInt32();
        if (format != FormatVersion || templates != FeatureExtractor.TemplateVersion)
        {
            throw new InvalidDataException(
                $"Parser model format {format}/templates {templates}; this build needs {FormatVersion}/{FeatureExtractor.TemplateVersion}.");
        }
        int labelCount = reader.ReadInt32();
        var labels = new string[labelCount];
        for (int i = 0; i < labelCount; i++) labels[i] = reader.ReadString();
        var weights = ParserWeights.Read(buffered);
        return new DependencyParser(new Transitions(labels), weights);
    }

    /// <summary>Writes the model (little-endian binary, deterministic for a given model).</summary>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(FormatVersion);
        writer.Write(FeatureExtractor.TemplateVersion);
        writer.Write(_transitions.Labels.Length);
        foreach (var label in _transitions.Labels) writer.Write(label);
        _weights.Write(writer);
    }

    /// <summary>Writes the model to <paramref name="path"/>.</summary>
    public void Save(string path)
    {
        using var stream = File.Create(path);
        Save(stream);
    }

    /// <summary>
    /// Parses one sentence. <paramref name="heads"/> receives 1-based head indices (0 = root) and
    /// <paramref name="deprels"/> the relations, both indexed like <paramref name="words"/>.
    /// </summary>
    /// <param name="words">Word forms (syntactic words, as in CoNLL-U).</param>
    /// <param name="upos">Universal POS tags.</param>
    /// <param name="xpos">Penn Treebank tags.</param>
    /// <param name="lemmas">Lemmas, or null to use lower-cased forms.</param>
    /// <param name="heads">Output: head of each word.</param>
    /// <param name="deprels">Output: relation of each word to its head.</param>
    public void Parse(IReadOnlyList<string> words, IReadOnlyList<string> upos, IReadOnlyList<string> xpos,
        IReadOnlyList<string>? lemmas, int[] heads, string[] deprels)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(upos);
        ArgumentNullException.ThrowIfNull(xpos);
        ArgumentNullException.ThrowIfNull(heads);
        ArgumentNullException.ThrowIfNull(deprels);
        int n = words.Count;
        if (upos.Count != n || xpos.Count != n || (lemmas is not null && lemmas.Count != n))
        {
            throw new ArgumentException("words, upos, xpos and lemmas must have the same length.");
        }
        if (heads.Length < n || deprels.Length < n)
        {
            throw new ArgumentException("heads and deprels must hold at least one entry per word.");
        }
        if (n == 0) return;

        var state = new ParserState(n);
        Run(state, new SentenceAttributes(words, upos, xpos, lemmas));
        for (int i = 1; i <= n; i++)
        {
            heads[i - 1] = state.Heads[i];
            deprels[i - 1] = _transitions.Labels[state.Labels[i]];
        }
    }

    /// <summary>Runs the greedy transition loop to a terminal configuration.</summary>
    internal void Run(ParserState state, SentenceAttributes attributes)
    {
        Span<ulong> features = stackalloc ulong[FeatureExtractor.Count];
        Span<float> scores = stackalloc float[_transitions.ActionCount];
        while (!state.IsTerminal)
        {
            int action;
            if (state.StackCount == 0)
            {
                action = Transitions.Shift;
            }
            else if (state.Buffer > state.Length && state.StackCount == 1)
            {
                action = Transitions.LeftAction(_transitions.RootLabel);
            }
            else
            {
                FeatureExtractor.Extract(state, attributes, features);
                _weights.Score(features, scores);
                action = _transitions.BestValid(state, scores);
            }
            Transitions.Apply(state, action);
        }
    }

    private static DependencyParser LoadEmbedded()
    {
        using var stream = OpenResource(DefaultResourceName)
            ?? throw new InvalidOperationException($"The Dyad assembly has no embedded resource '{DefaultResourceName}'.");
        return Load(stream);
    }

    /// <summary>
    /// Opens an embedded resource by its dotted name. The build's LogicalName keeps the folder
    /// separator (<c>Dyad.Data.models/parser.bin</c>), so separators are normalised before comparing.
    /// </summary>
    internal static Stream? OpenResource(string dottedName)
    {
        var assembly = typeof(DependencyParser).Assembly;
        var stream = assembly.GetManifestResourceStream(dottedName);
        if (stream is not null) return stream;
        foreach (var name in assembly.GetManifestResourceNames())
        {
            if (name.Replace('/', '.').Replace('\\', '.') == dottedName) return assembly.GetManifestResourceStream(name);
        }
        return null;
    }
}
