using System.Net;
using System.Net.Sockets;

namespace PlanBot.Tests.Support;

/// <summary>Loopback ports nothing listens on: a connection is refused at once, as to a host that is down.</summary>
internal static class ClosedPort
{
    public static Uri ServiceUrl()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return new Uri($"http://127.0.0.1:{port}/teams/");
    }
}
