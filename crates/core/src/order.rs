//! Stable sorting with one copy of the sort algorithm in the wasm. Each `slice::sort_by` with
//! its own closure compiles the whole stable sort again (about 3 KB of wasm, 1 KB gzip, per
//! call site); these helpers sort indices through a `dyn` comparator, so every caller shares
//! one compiled sort, then move the items into that order.

use std::cmp::Ordering;

/// The order (indices into the input) that sorts `n` items by `cmp`; stable.
pub fn sorted_indices(n: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut idx: Vec<usize> = (0..n).collect();
    idx.sort_by(|&a, &b| cmp(a, b));
    idx
}

/// `v.sort_by(cmp)`: stable, equal items keep their order.
pub fn sort_by<T>(v: &mut [T], cmp: impl Fn(&T, &T) -> Ordering) {
    let order = sorted_indices(v.len(), &|a, b| cmp(&v[a], &v[b]));
    permute(v, order);
}

/// `v.sort_by_key(key)`: stable, each key computed once.
pub fn sort_by_key<T, K: Ord>(v: &mut [T], key: impl Fn(&T) -> K) {
    let keys: Vec<K> = v.iter().map(key).collect();
    let order = sorted_indices(v.len(), &|a, b| keys[a].cmp(&keys[b]));
    permute(v, order);
}

/// Moves the items so that the new `v[k]` is the old `v[order[k]]`, in place, one cycle at a time.
fn permute<T>(v: &mut [T], mut order: Vec<usize>) {
    const DONE: usize = usize::MAX;
    for start in 0..v.len() {
        let mut k = start;
        while order[k] != DONE {
            let from = order[k];
            order[k] = DONE;
            if from == start {
                break;
            }
            v.swap(k, from);
            k = from;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_as_the_standard_stable_sort() {
        // A fixed pseudo-random sequence with many ties.
        let mut x: u32 = 7;
        let items: Vec<(u32, usize)> = (0..500)
            .map(|i| {
                x = x.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                ((x >> 16) % 13, i)
            })
            .collect();
        let mut want = items.clone();
        want.sort_by_key(|a| a.0);
        let mut got = items.clone();
        sort_by(&mut got, |a, b| a.0.cmp(&b.0));
        assert_eq!(got, want, "stable: ties keep their order");
        let mut got = items.clone();
        sort_by_key(&mut got, |a| std::cmp::Reverse(a.0));
        let mut want = items;
        want.sort_by_key(|a| std::cmp::Reverse(a.0));
        assert_eq!(got, want);
        let mut empty: Vec<u8> = vec![];
        sort_by(&mut empty, |a, b| a.cmp(b));
        assert!(empty.is_empty());
    }
}
