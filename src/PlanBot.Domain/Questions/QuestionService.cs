using PlanBot.Domain.Calendar;
using PlanBot.Domain.People;
using PlanBot.Domain.Snapshots;

namespace PlanBot.Domain.Questions;

/// <summary>
/// Answers a question typed by someone, from what the stores hold now: it finds the asker on the roster (by Entra object
/// id, else e-mail) and runs the parser and the engine over the current <see cref="PlanSnapshot"/>, whose vocabulary
/// and query data are built once per plan, roster and progress change rather than per question.
/// Chat and the command line both ask through here, so they answer alike.
/// </summary>
public sealed class QuestionService(PlanSnapshots snapshots, TimeProvider clock)
{
    /// <summary>The roster person behind a Teams user, or null when the roster does not know them.</summary>
    public async Task<Person?> FindAskerAsync(string? aadObjectId, string? email, CancellationToken cancellationToken)
    {
        var snapshot = await snapshots.CurrentAsync(cancellationToken).ConfigureAwait(false);
        return snapshot.Roster.People.Match(aadObjectId, email);
    }

    /// <summary>Answers a Teams user: found on the roster by Entra object id, else e-mail; strangers get no answer.</summary>
    public async Task<QuestionOutcome> AskAsync(string? text, string? aadObjectId, string? email, CancellationToken cancellationToken)
    {
        var snapshot = await snapshots.CurrentAsync(cancellationToken).ConfigureAwait(false);
        var asker = snapshot.Roster.People.Match(aadObjectId, email);
        return asker is null ? QuestionOutcome.NotOnRoster() : await AnswerAsync(text, asker, snapshot, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Answers for a given person's scope (the command line's --as, or an administrator).</summary>
    public async Task<QuestionOutcome> AskAsAsync(string? text, Person asker, CancellationToken cancellationToken)
    {
        var snapshot = await snapshots.CurrentAsync(cancellationToken).ConfigureAwait(false);
        return await AnswerAsync(text, asker, snapshot, cancellationToken).ConfigureAwait(false);
    }

    private async Task<QuestionOutcome> AnswerAsync(string? text, Person asker, PlanSnapshot snapshot, CancellationToken cancellationToken)
    {
        var today = JapanTime.Today(clock);
        if (await snapshot.QueryDataForAsync(FiscalQuarter.Of(today), cancellationToken).ConfigureAwait(false) is not { } data
            || snapshot.Vocabulary is not { } vocabulary)
        {
            return QuestionOutcome.NoPlan(asker);
        }

        var context = new QuestionContext(today, vocabulary, asker);
        var query = QuestionParser.Parse(text, context);
        var result = QueryEngine.Execute(query, data, asker);
        return QuestionOutcome.Answered(asker, query, AnswerBuilder.Build(result));
    }
}
