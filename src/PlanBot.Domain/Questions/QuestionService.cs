using PlanBot.Domain.Calendar;
using PlanBot.Domain.People;
using PlanBot.Domain.Plans;
using PlanBot.Domain.Progress;

namespace PlanBot.Domain.Questions;

/// <summary>
/// Answers a question typed by someone, from what the stores hold now: it finds the asker on the roster (by Entra object
/// id, else e-mail), reads the plan, every progress report and the owners, and runs the parser and the engine.
/// Chat and the command line both ask through here, so they answer alike.
/// </summary>
public sealed class QuestionService(IPlanStore plans, IProgressStore progress, IRosterStore roster, TimeProvider clock)
{
    /// <summary>The roster person behind a Teams user, or null when the roster does not know them.</summary>
    public async Task<Person?> FindAskerAsync(string? aadObjectId, string? email, CancellationToken cancellationToken)
    {
        var stored = await roster.LoadAsync(cancellationToken).ConfigureAwait(false);
        return stored.People.Match(aadObjectId, email);
    }

    /// <summary>Answers a Teams user: found on the roster by Entra object id, else e-mail; strangers get no answer.</summary>
    public async Task<QuestionOutcome> AskAsync(string? text, string? aadObjectId, string? email, CancellationToken cancellationToken)
    {
        var stored = await roster.LoadAsync(cancellationToken).ConfigureAwait(false);
        var asker = stored.People.Match(aadObjectId, email);
        return asker is null
            ? QuestionOutcome.NotOnRoster()
            : await AnswerAsync(text, asker, stored, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Answers for a given person's scope (the command line's --as, or an administrator).</summary>
    public async Task<QuestionOutcome> AskAsAsync(string? text, Person asker, CancellationToken cancellationToken)
    {
        var stored = await roster.LoadAsync(cancellationToken).ConfigureAwait(false);
        return await AnswerAsync(text, asker, stored, cancellationToken).ConfigureAwait(false);
    }

    private async Task<QuestionOutcome> AnswerAsync(string? text, Person asker, StoredRoster stored, CancellationToken cancellationToken)
    {
        var plan = await plans.LoadPlanAsync(cancellationToken).ConfigureAwait(false);
        if (plan is null)
        {
            return QuestionOutcome.NoPlan(asker);
        }

        var reports = await progress.ListAllAsync(cancellationToken).ConfigureAwait(false);
        var people = stored.People.People;
        var ownership = Ownership.Resolve(plan, stored.People, stored.Assignments);
        var owners = plan.SubThemes
            .Select(s => (s.Key, Owners: ownership.OwnersOf(s.Key)))
            .Where(o => o.Owners.Count > 0)
            .ToDictionary(o => o.Key, o => (IReadOnlyList<string>)o.Owners.Select(p => p.Email).ToList(), StringComparer.Ordinal);
        var today = JapanTime.Today(clock);
        var data = new QueryData(plan, reports, people, FiscalQuarter.Of(today), owners);
        var context = new QuestionContext(today, QuestionContext.VocabularyOf(plan, people), asker);
        var query = QuestionParser.Parse(text, context);
        var result = QueryEngine.Execute(query, data, asker);
        return QuestionOutcome.Answered(asker, query, AnswerBuilder.Build(result));
    }
}
