namespace InterviewLoop.Persistence.Migrations;

/// <summary>One forward-only schema change, from a resource named <c>NNNN_verb_object.sql</c>.</summary>
/// <param name="Id">The number NNNN; migrations apply in ascending id order, each exactly once.</param>
/// <param name="Name">The file name, e.g. <c>0001_create_events.sql</c>, recorded in the journal.</param>
/// <param name="Sql">The statements to run, in one transaction.</param>
public sealed record Migration(int Id, string Name, string Sql);
