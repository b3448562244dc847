// The supports of the given nodes: each distinct contribution (JSON) and its count, from
// which the adapter computes each node's props by the rules every store shares
// (src/store/merge.ts, combineNode).
UNWIND $ids AS nodeId
MATCH (s:Support {node: nodeId})
RETURN nodeId, s.json AS json, s.count AS count
