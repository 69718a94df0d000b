using System.Collections;
using System.Reflection;

namespace InterviewLoop.Persistence.Tests.Support;

/// <summary>
/// Deep equality for records that hold lists and dictionaries (whose own Equals compares references):
/// walks public properties, sequences and dictionaries, and reports the first difference by path.
/// </summary>
public static class Structural
{
    public static void AssertEqual(object? expected, object? actual, string path = "$")
    {
        if (expected is null || actual is null)
        {
            Assert.True(expected is null && actual is null, $"{path}: expected {expected ?? "null"}, got {actual ?? "null"}");
            return;
        }
        switch (expected)
        {
            case string or ValueType: Assert.True(Equals(expected, actual), $"{path}: expected {expected}, got {actual}"); break;
            case IDictionary e: AssertDictionary(e, (IDictionary)actual, path); break;
            case IEnumerable e: AssertSequence(e, (IEnumerable)actual, path); break;
            default: AssertProperties(expected, actual, path); break;
        }
    }

    private static void AssertDictionary(IDictionary expected, IDictionary actual, string path)
    {
        Assert.True(expected.Count == actual.Count, $"{path}: expected {expected.Count} entries, got {actual.Count}");
        foreach (DictionaryEntry entry in expected)
        {
            Assert.True(actual.Contains(entry.Key), $"{path}: missing key {entry.Key}");
            AssertEqual(entry.Value, actual[entry.Key], $"{path}.{entry.Key}");
        }
    }

    private static void AssertSequence(IEnumerable expected, IEnumerable actual, string path)
    {
        var (e, a) = (expected.Cast<object?>().ToList(), actual.Cast<object?>().ToList());
        Assert.True(e.Count == a.Count, $"{path}: expected {e.Count} items, got {a.Count}");
        for (var i = 0; i < e.Count; i++) AssertEqual(e[i], a[i], $"{path}[{i}]");
    }

    private static void AssertProperties(object expected, object actual, string path)
    {
        Assert.True(expected.GetType() == actual.GetType(), $"{path}: expected {expected.GetType().Name}, got {actual.GetType().Name}");
        var properties = expected.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0);
        foreach (var property in properties) AssertEqual(property.GetValue(expected), property.GetValue(actual), $"{path}.{property.Name}");
    }
}
