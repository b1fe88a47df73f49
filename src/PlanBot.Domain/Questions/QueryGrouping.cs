namespace PlanBot.Domain.Questions;

/// <summary>How a tally is split: 部署別 (the default), 重点戦略別, 担当者別.</summary>
public enum QueryGrouping
{
    Department,
    Strategy,
    Owner,
}
