using System.Collections.Concurrent;
using Dyad.Storage;

namespace Dyad.Server.Stores;

/// <summary>
/// Open stores shared by requests: an <see cref="EventStore"/> serves one caller at a time, so each
/// request rents one and hands it back. At most <c>size</c> are open; callers past that wait. A store
/// that failed is closed rather than handed back (a PostgreSQL connection may be broken); the next
/// renter opens a fresh one. DuckDB connections to one file share one database in the process.
/// </summary>
internal sealed class StorePool : IDisposable
{
    private readonly Func<EventStore> _open;
    private readonly SemaphoreSlim _gate;
    private readonly ConcurrentBag<EventStore> _idle = [];
    private volatile bool _disposed;

    public StorePool(Func<EventStore> open, int size)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        _open = open;
        _gate = new SemaphoreSlim(size, size);
    }

    /// <summary>A store for the caller alone until the lease is disposed.</summary>
    public async ValueTask<Lease> RentAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        if (_idle.TryTake(out var store)) return new Lease(this, store);
        try
        {
            return new Lease(this, _open());
        }
        catch
        {
            _gate.Release();
            throw;
        }
    }

    /// <summary>Runs <paramref name="work"/> on a rented store; a store error closes that store and is rethrown.</summary>
    public async ValueTask<T> RunAsync<T>(Func<EventStore, T> work, CancellationToken cancellationToken)
    {
        using var lease = await RentAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return work(lease.Store);
        }
        catch (StoreException)
        {
            lease.Discard();
            throw;
        }
    }

    private void Return(EventStore store, bool discard)
    {
        if (discard || _disposed) store.Dispose();
        else _idle.Add(store);
        _gate.Release();
    }

    public void Dispose()
    {
        _disposed = true;
        while (_idle.TryTake(out var store)) store.Dispose();
    }

    /// <summary>One rented store.</summary>
    public sealed class Lease(StorePool pool, EventStore store) : IDisposable
    {
        private bool _discard, _returned;

        public EventStore Store { get; } = store;

        /// <summary>Close the store on return instead of keeping it.</summary>
        public void Discard() => _discard = true;

        public void Dispose()
        {
            if (_returned) return;
            _returned = true;
            pool.Return(Store, _discard);
        }
    }
}
