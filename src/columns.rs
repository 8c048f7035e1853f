//! Column widths for a table that must fit a width: the figures keep their width, the
//! wordy columns give way. Shared by the command line's tables and the explorer's.

/// The width a column that gives way keeps, if it is that wide, before kept columns are cut.
const MIN_FLEXIBLE: usize = 10;

/// Column widths summing to at most `budget`. The columns not marked `keep` give way first,
/// sharing what the kept ones leave, down to [`MIN_FLEXIBLE`] columns each; then the kept
/// columns share what is left. When even that is not possible all columns share the budget.
pub fn fit(natural: &[usize], keep: &[bool], budget: usize) -> Vec<usize> {
    if natural.iter().sum::<usize>() <= budget {
        return natural.to_vec();
    }
    let (kept, flexible): (Vec<usize>, Vec<usize>) =
        (0..natural.len()).partition(|&i| keep.get(i).copied().unwrap_or(false));
    let kept_natural: usize = kept.iter().map(|&i| natural[i]).sum();
    let flexible_min: usize = flexible.iter().map(|&i| natural[i].min(MIN_FLEXIBLE)).sum();
    let naturals = |columns: &[usize]| columns.iter().map(|&i| natural[i]).collect::<Vec<_>>();
    let mut widths = natural.to_vec();
    let mut assign = |columns: &[usize], shares: Vec<usize>| {
        for (&i, w) in columns.iter().zip(shares) {
            widths[i] = w;
        }
    };
    if kept.is_empty() || flexible_min > budget {
        return share(natural, budget);
    }
    if kept_natural + flexible_min <= budget {
        assign(
            &flexible,
            share(&naturals(&flexible), budget - kept_natural),
        );
    } else {
        let mins: Vec<usize> = flexible
            .iter()
            .map(|&i| natural[i].min(MIN_FLEXIBLE))
            .collect();
        assign(&flexible, mins);
        assign(&kept, share(&naturals(&kept), budget - flexible_min));
    }
    widths
}

/// Max-min fair shares of `budget`: narrow columns keep their natural width and the wide ones
/// split what is left equally.
fn share(natural: &[usize], budget: usize) -> Vec<usize> {
    let mut order: Vec<usize> = (0..natural.len()).collect();
    order.sort_by_key(|&i| natural[i]);
    let mut widths = vec![0; natural.len()];
    let mut remaining = budget;
    for (done, &i) in order.iter().enumerate() {
        let share = remaining / (natural.len() - done);
        widths[i] = natural[i].min(share);
        remaining -= widths[i];
    }
    widths
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fit_keeps_natural_widths_when_they_fit() {
        assert_eq!(fit(&[10, 20, 5], &[], 40), vec![10, 20, 5]);
    }

    #[test]
    fn fit_shares_the_budget_and_spares_narrow_columns() {
        let widths = fit(&[30, 8, 40], &[], 50);
        assert_eq!(widths, vec![21, 8, 21]);
    }

    #[test]
    fn kept_columns_stay_whole_while_the_others_give_way() {
        assert_eq!(
            fit(&[30, 15, 40], &[false, true, false], 45),
            vec![15, 15, 15]
        );
        assert_eq!(
            fit(&[30, 15, 40], &[false, true, false], 35),
            vec![10, 15, 10]
        );
    }

    #[test]
    fn kept_columns_share_what_the_others_leave_at_their_minimum() {
        let keep = [false, true, true, false];
        assert_eq!(fit(&[30, 28, 16, 40], &keep, 54), vec![10, 18, 16, 10]);
    }

    #[test]
    fn all_columns_share_when_nothing_else_can_give() {
        let widths = fit(&[30, 15, 40], &[false, true, false], 15);
        assert_eq!(widths, vec![5, 5, 5]);
    }

    #[test]
    fn fit_never_exceeds_a_tiny_budget() {
        assert_eq!(fit(&[30, 8, 40], &[], 2).iter().sum::<usize>(), 2);
        assert_eq!(fit(&[], &[], 10), Vec::<usize>::new());
    }
}
