using System.Net;
using System.Net.Sockets;

namespace PlanBot.Tests.Support;

/// <summary>
/// Loopback ports nothing listens on: a connection is refused at once, as to a host that is down. Each port stays bound
/// (without listening) until disposal, so no other test's server can take it meanwhile and answer in its place.
/// </summary>
internal sealed class ClosedPorts : IDisposable
{
    private readonly List<Socket> held = [];

    public Uri ServiceUrl()
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        lock (held)
        {
            held.Add(socket);
        }

        return new Uri($"http://127.0.0.1:{((IPEndPoint)socket.LocalEndPoint!).Port}/teams/");
    }

    public void Dispose()
    {
        lock (held)
        {
            foreach (var socket in held)
            {
                socket.Dispose();
            }

            held.Clear();
        }
    }
}
