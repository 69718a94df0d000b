using InterviewLoop.Domain.Loops;
using InterviewLoop.Grains.Hosting;

namespace InterviewLoop.Grains.Contracts;

/// <summary>
/// A loop, keyed by loop id. Persisted: the loop stream <c>loop/{id}</c> (plan, decision). Creating a loop
/// also schedules its rounds (and imports their scorecards) in the same atomic append, so an import
/// is all or nothing.
/// </summary>
public interface ILoopGrain : IGrainWithStringKey
{
    /// <summary>The plan, or <c>null</c> when no loop has this id.</summary>
    Task<LoopPlan?> GetPlan();

    /// <summary>
    /// Creates the loop from <paramref name="loop"/>: plan, rounds with panels, and any scorecards
    /// (submitted ones arrive locked). Throws <see cref="Domain.DomainException"/> (<c>loop.exists</c>)
    /// when the id is taken. Returns the event-log position written.
    /// </summary>
    Task<long> Create(LoopSnapshot loop);

    /// <summary>
    /// Records the hiring committee's decision (once; see <see cref="Loop.Decide"/> for the rules) and
    /// returns it as stored, with the grain clock's time. Throws <see cref="Domain.NotFoundException"/>
    /// for an unknown loop and <see cref="Domain.DomainException"/> (<c>loop.decided</c>, <c>decision.*</c>) otherwise.
    /// </summary>
    Task<LoopDecision> Decide(DecideLoop command);
}
