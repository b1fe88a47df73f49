namespace PlanBot.Domain.Calendar;

/// <summary>Why a day is a public holiday in Japan (国民の祝日に関する法律 and the special laws beside it).</summary>
public enum JapaneseHolidayKind
{
    /// <summary>国民の祝日: a day named by Article 2 of the law (元日, 成人の日, …).</summary>
    NationalHoliday,

    /// <summary>
    /// A one-off day made a holiday by its own law (the enthronement of 2019, the 1989 funeral, …); like a 国民の祝日
    /// it counts for the 国民の休日 rule, but it does not itself produce a 振替休日.
    /// </summary>
    SpecialHoliday,

    /// <summary>振替休日 (Article 3(2)): the first following non-祝日 day after a 祝日 that falls on a Sunday.</summary>
    SubstituteHoliday,

    /// <summary>国民の休日 (Article 3(3)): a non-祝日 day whose previous and next days are both 祝日.</summary>
    CitizensHoliday,
}
