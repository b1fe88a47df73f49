namespace PlanBot.Domain.Reminders;

/// <summary>Why a quarter's reminder asks nothing.</summary>
public enum NothingToAsk
{
    /// <summary>The quarter is before the plan's first fiscal year.</summary>
    BeforePlan,

    /// <summary>The quarter is after the plan's last fiscal year: the plan has ended.</summary>
    AfterPlan,

    /// <summary>The quarter's year is within the plan but it has no action column for it.</summary>
    NoPlanForPeriod,

    /// <summary>There are plan items for the quarter, but nobody is in charge of any of them.</summary>
    NoOwners,
}
