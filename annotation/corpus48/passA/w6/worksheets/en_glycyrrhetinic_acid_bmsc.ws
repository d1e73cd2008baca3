# hard-wrapped file: a line break ends no sentence. Names broken by a line break cannot be written on one worksheet line and are
# left out (see NOTES.md): 'Gly-\ncyrrhiza uralensis' (ORGANISM), 'bone\nmarrow mesenchymal stem cells' (CELL_TYPE, s2),
# '7–21\ndays' (DURATION, s3, would be HAS_DURATION from GA), 'Wnt3a/β-cat-\nenin signalling' (PATHWAY, conclusion; "via": no relation)
# title (favours osteogenic over adipogenic differentiation = UP and DOWN of the stem cell; rat: species modifier; through pathway: neutral)
E | t_ga | COMPOUND | 18β-Glycyrrhetinic acid | -
E | t_bm | CELL_TYPE | bone marrow mesenchymal stem cells | -
E | t_path | PATHWAY | Wnt3a/β-catenin signalling | -
R | UP | t_ga | t_bm
R | DOWN | t_ga | t_bm
# s1 Background
E | a_oe | COMPOUND | oestrogen | -
E | a_ob | CELL_TYPE | osteoblast | -
# s2 ("its effect on ... BMSCs is unknown": background gap, not an aim -> no TESTED_IN; aglycone: descriptor)
E | b_gal | COMPOUND | 18β-glycyrrhetinic acid | -
E | b_ga | COMPOUND | GA | -
E | b_glz | COMPOUND | glycyrrhizin | -
# (left out: Gly-\ncyrrhiza uralensis ORGANISM; bone\nmarrow mesenchymal stem cells CELL_TYPE)
E | b_bmsc | CELL_TYPE | BMSCs | -
# s3 Methods (treated with = TESTED_IN; source animal: no relation)
E | c_bmsc | CELL_TYPE | BMSCs | -
E | c_rats | ORGANISM | SD rats | -
E | c_ga | COMPOUND | GA | -
E | c_c | CONCENTRATION | 0.1, 1 and 10 μM | - | 0.1,1,10 umol/L
# (left out: 7–21\ndays DURATION; would give HAS_DURATION c_ga)
R | TI | c_ga | c_bmsc
R | CONC | c_ga | c_c
# s4 assays (assay reagents: COMPOUND, no relation; recombinant DKK1 amount unlinked: GENE)
E | d_cck | COMPOUND | CCK-8 | -
E | d_alp | GENE | ALP | -
E | d_arsl | COMPOUND | Alizarin red S | -
E | d_ars | COMPOUND | ARS | -
E | d_oro | COMPOUND | Oil red O | -
E | d_dkk1 | GENE | DKK1 | -
E | d_c | CONCENTRATION | 100 ng/ml | - | 100 ng/mL
E | d_wnt3a | GENE | Wnt3a | -
# s5 negated
E | e_ga | COMPOUND | GA | -
E | e_c | CONCENTRATION | 10 μM | - | 10 umol/L
E | e_bmsc | CELL_TYPE | BMSC | -
R | CONC | e_ga | e_c
# s6 (day 7 / day 21: time points; ARS-positive area: assay readout)
E | f_ga | COMPOUND | GA | -
E | f_c | CONCENTRATION | 1 and 10 μM | - | 1,10 umol/L
E | f_alp | GENE | ALP | -
E | f_ars | COMPOUND | ARS | -
E | f_runx2 | GENE | Runx2 | -
E | f_sp7 | GENE | Sp7 | -
E | f_col | GENE | Col1a1 | -
E | f_bglap | GENE | Bglap | -
R | CONC | f_ga | f_c
R | UP | f_ga | f_alp
R | UP | f_ga | f_runx2
R | UP | f_ga | f_sp7
R | UP | f_ga | f_col
R | UP | f_ga | f_bglap
# s7 (41% is a change; no cell named for lipid droplets)
E | g_ga | COMPOUND | GA | -
E | g_oro | COMPOUND | Oil red O | -
E | g_c | CONCENTRATION | 10 μM | - | 10 umol/L
E | g_ppar | GENE | PPARγ | -
E | g_cebp | GENE | C/EBPα | -
E | g_fabp4 | GENE | Fabp4 | -
E | g_adipoq | GENE | Adipoq | -
R | CONC | g_ga | g_c
R | DOWN | g_ga | g_ppar
R | DOWN | g_ga | g_cebp
R | DOWN | g_ga | g_fabp4
R | DOWN | g_ga | g_adipoq
# s8 (phosphorylation and nuclear localisation = regulation of the protein; separate words outside the span; total GSK-3beta unchanged)
E | h_ga | COMPOUND | GA | -
E | h_wnt3a | GENE | Wnt3a | -
E | h_gsk | GENE | GSK-3β | -
E | h_bcat | GENE | β-catenin | -
E | h_gsk2 | GENE | GSK-3β | -
R | UP | h_ga | h_wnt3a
R | UP | h_ga | h_gsk
R | UP | h_ga | h_bcat
# s9 (knockdown / DKK1 abolish: nothing; GA-induced Runx2 and GA's suppression of PPARg, C/EBPa are asserted)
E | i_dkk1 | GENE | DKK1 | -
E | i_wnt3a | GENE | Wnt3a | -
E | i_ga | COMPOUND | GA | -
E | i_runx2 | GENE | Runx2 | -
E | i_ppar | GENE | PPARγ | -
E | i_cebp | GENE | C/EBPα | -
E | i_c | CONCENTRATION | 0.1 μM | - | 0.1 umol/L
E | i_ga2 | COMPOUND | GA | -
R | UP | i_ga | i_runx2
R | DOWN | i_ga | i_ppar
R | DOWN | i_ga | i_cebp
R | CONC | i_ga2 | i_c
# s10 Conclusion (via pathway: neutral; "may be relevant to osteoporosis": no TREATS wording)
E | j_ga | COMPOUND | GA | -
E | j_bmsc | CELL_TYPE | BMSCs | -
# (left out: Wnt3a/β-cat-\nenin signalling PATHWAY)
E | j_op | DISEASE | osteoporosis | -
R | UP | j_ga | j_bmsc
R | DOWN | j_ga | j_bmsc
