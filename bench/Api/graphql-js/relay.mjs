// Relay global ids exactly as the C# server writes them (graphql/Relay/GlobalId.cs): base64 of "Type:rawId".
import { GraphQLError } from 'graphql';

export const toGlobalId = (type, id) => Buffer.from(`${type}:${id}`, 'utf8').toString('base64');

export function fromGlobalId(globalId, expectedType) {
  const text = Buffer.from(globalId, 'base64').toString('utf8');
  const separator = text.indexOf(':');
  if (separator <= 0 || text.slice(0, separator) !== expectedType) {
    throw new GraphQLError(`The ID "${globalId}" is not an ID of a ${expectedType}.`, { extensions: { code: 'INVALID_ID' } });
  }
  return text.slice(separator + 1);
}
