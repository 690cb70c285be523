// Cluster tests start silos, nats-server and several engines: one at a time on a 2-core box.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
