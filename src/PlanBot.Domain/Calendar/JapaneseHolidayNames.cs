namespace PlanBot.Domain.Calendar;

/// <summary>The holidays' names as the law and the Cabinet Office write them; users read these.</summary>
public static class JapaneseHolidayNames
{
    public const string NewYearsDay = "元日";
    public const string ComingOfAgeDay = "成人の日";
    public const string NationalFoundationDay = "建国記念の日";
    public const string EmperorsBirthday = "天皇誕生日";
    public const string VernalEquinoxDay = "春分の日";
    public const string ShowaDay = "昭和の日";
    public const string ConstitutionDay = "憲法記念日";
    public const string GreeneryDay = "みどりの日";
    public const string ChildrensDay = "こどもの日";
    public const string MarineDay = "海の日";
    public const string MountainDay = "山の日";
    public const string RespectForTheAgedDay = "敬老の日";
    public const string AutumnalEquinoxDay = "秋分の日";

    /// <summary>体育の日 until 2019; renamed スポーツの日 from 2020.</summary>
    public const string HealthAndSportsDay = "体育の日";
    public const string SportsDay = "スポーツの日";
    public const string CultureDay = "文化の日";
    public const string LaborThanksgivingDay = "勤労感謝の日";

    public const string SubstituteHoliday = "振替休日";
    public const string CitizensHoliday = "国民の休日";

    public const string FuneralOfEmperorShowa = "昭和天皇の大喪の礼";
    public const string EnthronementCeremony = "即位礼正殿の儀";
    public const string CrownPrinceWedding = "皇太子徳仁親王の結婚の儀";
    public const string EnthronementDay = "天皇の即位の日";
}
