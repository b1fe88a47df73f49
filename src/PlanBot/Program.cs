var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
app.Run();

/// <summary>Exposed so tests can host the real pipeline with WebApplicationFactory.</summary>
public partial class Program;
