namespace InterviewLoop.Calibration.Raters;

/// <summary>
/// Ratings as parallel integer arrays for the solver: each observation's candidate, dimension,
/// candidate-dimension cell and rater, by index into the id tables.
/// </summary>
internal sealed class RatingIndex
{
    private RatingIndex(int count) => (Candidate, Dimension, Cell, Rater, Y) = (new int[count], new int[count], new int[count], new int[count], new double[count]);

    public int[] Candidate { get; }

    public int[] Dimension { get; }

    public int[] Cell { get; }

    public int[] Rater { get; }

    public double[] Y { get; }

    public int Count => Y.Length;

    public List<string> Candidates { get; } = [];

    public List<string> Dimensions { get; } = [];

    public List<string> Raters { get; } = [];

    public int CellCount { get; private set; }

    public static RatingIndex Build(IReadOnlyList<RatingObservation> ratings)
    {
        var index = new RatingIndex(ratings.Count);
        var candidates = new Dictionary<string, int>(StringComparer.Ordinal);
        var dimensions = new Dictionary<string, int>(StringComparer.Ordinal);
        var raters = new Dictionary<string, int>(StringComparer.Ordinal);
        var cells = new Dictionary<(int, int), int>();
        for (var i = 0; i < ratings.Count; i++)
        {
            var r = ratings[i];
            index.Candidate[i] = IdOf(candidates, index.Candidates, r.Candidate);
            index.Dimension[i] = IdOf(dimensions, index.Dimensions, r.Dimension);
            index.Rater[i] = IdOf(raters, index.Raters, r.Interviewer);
            var cell = (index.Candidate[i], index.Dimension[i]);
            if (!cells.TryGetValue(cell, out var k)) cells[cell] = k = cells.Count;
            index.Cell[i] = k;
            index.Y[i] = r.Raw;
        }
        index.CellCount = cells.Count;
        return index;
    }

    private static int IdOf(Dictionary<string, int> ids, List<string> names, string id)
    {
        if (ids.TryGetValue(id, out var n)) return n;
        ids[id] = names.Count;
        names.Add(id);
        return names.Count - 1;
    }
}
