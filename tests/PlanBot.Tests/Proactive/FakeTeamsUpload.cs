namespace PlanBot.Tests.Proactive;

/// <summary>A file PUT to the fake's upload URL: the session it was for, its Content-Range and Authorization headers, and the bytes.</summary>
internal sealed record FakeTeamsUpload(string Session, string ContentRange, string Authorization, byte[] Bytes);
