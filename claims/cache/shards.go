package cache

import (
	"hash/maphash"
	"sync"
)

// internShards is how many independently locked maps a shardedMap
// spreads its strings over, so that decoding and packing workers seldom
// wait for one another.
const internShards = 64

// shardedMap maps strings to values of type V, safe for concurrent use:
// each string's shard (by maphash) is locked alone.
type shardedMap[V any] struct {
	seed   maphash.Seed
	shards [internShards]struct {
		mu sync.Mutex
		m  map[string]V
	}
}

func newShardedMap[V any]() *shardedMap[V] {
	s := &shardedMap[V]{seed: maphash.MakeSeed()}
	for i := range s.shards {
		s.shards[i].m = map[string]V{}
	}
	return s
}

// get returns the value of the string b, first storing add's value of it
// (a copy of b, called under the shard's lock) when it has none.
func (s *shardedMap[V]) get(b []byte, add func(string) V) V {
	sh := &s.shards[maphash.Bytes(s.seed, b)%internShards]
	sh.mu.Lock()
	defer sh.mu.Unlock()
	if v, ok := sh.m[string(b)]; ok {
		return v
	}
	str := string(b)
	v := add(str)
	sh.m[str] = v
	return v
}

// each calls f for every string and its value; nothing may be added
// meanwhile.
func (s *shardedMap[V]) each(f func(string, V)) {
	for i := range s.shards {
		for str, v := range s.shards[i].m {
			f(str, v)
		}
	}
}
