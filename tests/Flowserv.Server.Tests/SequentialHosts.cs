// Every server host starts the engine's Quartz scheduler, and Quartz keeps schedulers in a process-wide
// repository keyed by name ("flowserv"): two hosts alive at once in one test process would share, and
// shut down, each other's scheduler. Test classes therefore run one after another, each with its own host.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
