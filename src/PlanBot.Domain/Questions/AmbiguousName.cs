using PlanBot.Domain.People;

namespace PlanBot.Domain.Questions;

/// <summary>A name in a question that several people on the roster share (「佐藤さん」), as written, with who they are.</summary>
public sealed record AmbiguousName(string AsWritten, IReadOnlyList<Person> Candidates);
