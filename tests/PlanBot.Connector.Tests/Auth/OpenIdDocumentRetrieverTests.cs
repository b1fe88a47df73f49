using PlanBot.Connector.Auth;
using PlanBot.Connector.Tests.Support;

namespace PlanBot.Connector.Tests.Auth;

public sealed class OpenIdDocumentRetrieverTests
{
    [Theory]
    [InlineData("http://login.botframework.com/v1/.well-known/keys")]
    [InlineData("http://192.0.2.10/keys")]
    [InlineData("file:///etc/passwd")]
    [InlineData("not a url")]
    public async Task GetDocument_InsecureNonLoopbackAddress_RefusedWithoutRequest(string address)
    {
        using var client = new HttpClient(new FakeTokenEndpoint());
        var retriever = new OpenIdDocumentRetriever(client);

        await Assert.ThrowsAsync<InvalidOperationException>(() => retriever.GetDocumentAsync(address, CancellationToken.None));
    }

    [Fact]
    public async Task GetDocument_LoopbackHttp_Fetched()
    {
        var issuer = new TestIssuer();
        await issuer.InitializeAsync();
        try
        {
            using var client = new HttpClient();

            var document = await new OpenIdDocumentRetriever(client).GetDocumentAsync(issuer.MetadataUrl.AbsoluteUri, CancellationToken.None);

            Assert.Contains("\"jwks_uri\"", document, StringComparison.Ordinal);
        }
        finally
        {
            await issuer.DisposeAsync();
        }
    }
}
