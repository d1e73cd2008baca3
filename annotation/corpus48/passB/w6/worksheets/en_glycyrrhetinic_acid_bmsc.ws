# s0 title (favours osteogenic over adipogenic differentiation = UP and DOWN of the stem cell; "rat" modifies the cell; through: neutral)
E | t_ga | COMPOUND | 18β-Glycyrrhetinic acid | -
E | t_bmsc | CELL_TYPE | bone marrow mesenchymal stem cells | -
E | t_path | PATHWAY | Wnt3a/β-catenin signalling | -
R | UP | t_ga | t_bmsc
R | DOWN | t_ga | t_bmsc
# s1a Background (". " before a digit ends the sentence by the guideline; no relation)
E | a_oes | COMPOUND | oestrogen | -
E | a_ob | CELL_TYPE | osteoblast | -
# s1b (its effect ... is unknown: not an aim, no relation)
# HARD LINE BREAK: ORGANISM "Gly-\ncyrrhiza uralensis" (offsets 325-348) cannot be written in a worksheet line; fragment after the break annotated
# HARD LINE BREAK: CELL_TYPE "bone\nmarrow mesenchymal stem cells" (offsets 412-446); fragment after the break annotated
E | b_ga_l | COMPOUND | 18β-glycyrrhetinic acid | -
E | b_ga | COMPOUND | GA | -
E | b_gz | COMPOUND | glycyrrhizin | -
E | b_gu | ORGANISM | cyrrhiza uralensis | -
E | b_bmsc_l | CELL_TYPE | marrow mesenchymal stem cells | -
E | b_bmsc | CELL_TYPE | BMSCs | -
# s2 Methods (treated with -> TI; HARD LINE BREAK: DURATION "7–21\ndays" (offsets 591-600); values fragment annotated)
E | c_bmsc | CELL_TYPE | BMSCs | -
E | c_sd | ORGANISM | SD rats | -
E | c_ga | COMPOUND | GA | -
E | c_c | CONCENTRATION | 0.1, 1 and 10 μM | - | 0.1,1,10 umol/L
E | c_d | DURATION | 7–21 | -
R | TI | c_ga | c_bmsc
R | CONC | c_ga | c_c
R | DUR | c_ga | c_d
# s3 assays and reagents (DKK1 protein reagent: GENE, its amount noted, no link; Wnt3a siRNA: Wnt3a is the target)
E | d_cck | COMPOUND | CCK-8 | -
E | d_alp | GENE | ALP | -
E | d_ars_l | COMPOUND | Alizarin red S | -
E | d_ars | COMPOUND | ARS | -
E | d_oro | COMPOUND | Oil red O | -
E | d_dkk1 | GENE | DKK1 | -
E | d_c | CONCENTRATION | 100 ng/ml | - | 100 ng/mL
E | d_wnt3a | GENE | Wnt3a | -
# s4 (negated)
E | e_ga | COMPOUND | GA | -
E | e_c | CONCENTRATION | 10 μM | - | 10 umol/L
E | e_bmsc | CELL_TYPE | BMSC | -
R | CONC | e_ga | e_c
# s5 (day 7 / day 21 are time points; ARS inside ARS-positive; mineralized area of an unnamed cell: no cell relation)
E | f_ga | COMPOUND | GA | -
E | f_c | CONCENTRATION | 1 and 10 μM | - | 1,10 umol/L
E | f_alp | GENE | ALP | -
E | f_ars | COMPOUND | ARS | -
E | f_runx2 | GENE | Runx2 | -
E | f_sp7 | GENE | Sp7 | -
E | f_col1a1 | GENE | Col1a1 | -
E | f_bglap | GENE | Bglap | -
R | CONC | f_ga | f_c
R | UP | f_ga | f_alp
R | UP | f_ga | f_runx2
R | UP | f_ga | f_sp7
R | UP | f_ga | f_col1a1
R | UP | f_ga | f_bglap
# s6 (41% is a change)
E | g_ga | COMPOUND | GA | -
E | g_oro | COMPOUND | Oil red O | -
E | g_c | CONCENTRATION | 10 μM | - | 10 umol/L
E | g_pparg | GENE | PPARγ | -
E | g_cebpa | GENE | C/EBPα | -
E | g_fabp4 | GENE | Fabp4 | -
E | g_adipoq | GENE | Adipoq | -
R | CONC | g_ga | g_c
R | DOWN | g_ga | g_pparg
R | DOWN | g_ga | g_cebpa
R | DOWN | g_ga | g_fabp4
R | DOWN | g_ga | g_adipoq
# s7 (phosphorylation and nuclear localisation = regulation of the protein; total GSK-3beta unchanged: negated)
E | h_ga | COMPOUND | GA | -
E | h_wnt3a | GENE | Wnt3a | -
E | h_gsk1 | GENE | GSK-3β | -
E | h_bcat | GENE | β-catenin | -
E | h_gsk2 | GENE | GSK-3β | -
R | UP | h_ga | h_wnt3a
R | UP | h_ga | h_gsk1
R | UP | h_ga | h_bcat
# s8 (GA-induced Runx2 asserted; inhibitor DKK1 suppresses a named gene's induced expression -> DOWN; suppression of PPARg/CEBPa has elided agent GA; reversal itself gives nothing; Wnt3a is the knocked-down gene, not an agent)
E | i_dkk1 | GENE | DKK1 | -
E | i_wnt3a | GENE | Wnt3a | -
E | i_ga1 | COMPOUND | GA | -
E | i_runx2 | GENE | Runx2 | -
E | i_pparg | GENE | PPARγ | -
E | i_cebpa | GENE | C/EBPα | -
E | i_c | CONCENTRATION | 0.1 μM | - | 0.1 umol/L
E | i_ga2 | COMPOUND | GA | -
R | UP | i_ga1 | i_runx2
R | DOWN | i_dkk1 | i_runx2
R | DOWN | i_ga1 | i_pparg
R | DOWN | i_ga1 | i_cebpa
R | CONC | i_ga2 | i_c
# s10 Conclusion (via: neutral; "may be relevant to osteoporosis" is no treatment wording)
# HARD LINE BREAK: PATHWAY "Wnt3a/β-cat-\nenin signalling" (offsets 1549-1577); name fragment before the break annotated
E | j_ga | COMPOUND | GA | -
E | j_bmsc | CELL_TYPE | BMSCs | -
E | j_path | PATHWAY | Wnt3a/β-cat | -
E | j_op | DISEASE | osteoporosis | -
R | UP | j_ga | j_bmsc
R | DOWN | j_ga | j_bmsc
