using InterviewLoop.Domain.Levels;

namespace InterviewLoop.Domain.Loops;

/// <summary>The career track of a role; wire names <c>ic</c> and <c>manager</c>.</summary>
public enum Track
{
    /// <summary>Individual contributor.</summary>
    Ic,

    /// <summary>People manager.</summary>
    Manager,
}

/// <summary>The role a loop hires for.</summary>
/// <param name="Title">Job title, e.g. "Senior Backend Engineer".</param>
/// <param name="Track">IC or manager.</param>
/// <param name="TargetLevel">The level the loop is calibrated against.</param>
public sealed record Role(string Title, Track Track, Level TargetLevel);
