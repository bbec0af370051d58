using Flowserv.GraphQL.Building;

namespace Flowserv.Schema.Service;

[ExtendObjectType("Query")]
public sealed class ServiceQueries
{
    public ServiceInfo GetService(ServiceInfo service) => service;
}
