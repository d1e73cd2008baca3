# title (alleviates disease = TREATS; inhibiting osteoblast apoptosis = UP of the cell; via pathway: neutral; in rats: result, no TESTED_IN; glucocorticoid: model compound, no relation)
E | t_ecd | COMPOUND | β-Ecdysterone | -
E | t_gc | COMPOUND | glucocorticoid | -
E | t_onfh | DISEASE | osteonecrosis of the femoral head | -
E | t_rats | ORGANISM | rats | -
E | t_ob | CELL_TYPE | osteoblast | -
E | t_path | PATHWAY | PI3K/AKT signaling | -
R | TREATS | t_ecd | t_onfh
R | UP | t_ecd | t_ob
# s1 Objective ("whether ... protects": a question, no TREATS; no system named)
E | a_ecdl | COMPOUND | β-ecdysterone | -
E | a_ecd | COMPOUND | β-Ecd | -
E | a_gc | COMPOUND | glucocorticoid | -
E | a_onfh | DISEASE | osteonecrosis of the femoral head | -
E | a_gionfh | DISEASE | GIONFH | -
E | a_sop | DISEASE | secondary osteoporosis | -
E | a_path | PATHWAY | PI3K/AKT signaling | -
# s2 Methods, group allocation (coded labels beta-Ecd-L/M/H and beta-Ecd-H+... not annotated; LY294002 arm gets its own link)
E | b_rats | ORGANISM | SD rats | -
E | b_ecd | COMPOUND | β-Ecd | -
E | b_c | CONCENTRATION | 10, 20 and 40 mg·kg-1·d-1 | - | 10,20,40 mg/kg/d
E | b_ly | COMPOUND | LY294002 | -
R | TI | b_ecd | b_rats
R | CONC | b_ecd | b_c
R | TI | b_ly | b_rats
# s3 model induction (no animal named in the sentence: no TESTED_IN)
E | c_gionfh | DISEASE | GIONFH | -
E | c_lps | COMPOUND | lipopolysaccharide | -
E | c_c1 | CONCENTRATION | 20 μg/kg | - | 20 ug/kg
E | c_mpl | COMPOUND | methylprednisolone | -
E | c_mps | COMPOUND | MPS | -
E | c_c2 | CONCENTRATION | 40 mg/kg | - | 40 mg/kg
R | CONC | c_lps | c_c1
R | CONC | c_mpl | c_c2
# s4 (treatment length, no compound in the sentence; H&E, TUNEL: methods, not annotated)
E | d_d | DURATION | 6 weeks | -
# s5 in vitro (exposed to: TESTED_IN for both; lost superscripts)
E | adj_727 | COMPOUND | H&E@727 | -
E | e_ob | CELL_TYPE | osteoblasts | -
E | e_dexl | COMPOUND | dexamethasone | -
E | e_dex | COMPOUND | Dex | -
E | e_c1 | CONCENTRATION | 10-6 mol/L | - | 1e-6 mol/L
E | e_ecd | COMPOUND | β-Ecd | -
E | e_c2 | CONCENTRATION | 10-7, 10-6 and 10-5 mol/L | - | 1e-7,1e-6,1e-5 mol/L
R | TI | e_dexl | e_ob
R | CONC | e_dexl | e_c1
R | TI | e_ecd | e_ob
R | CONC | e_ecd | e_c2
# s6 Results 1 (agent only as coded labels beta-Ecd-M / -H: no agent mention, no relation)
E | f_ocy | CELL_TYPE | osteocytes | -
E | f_ob | CELL_TYPE | osteoblasts | -
# s7 (ratios: no relation; total PI3K, AKT unaltered; cleaved outside the span)
E | g_ecd | COMPOUND | β-Ecd | -
E | g_ppi3k | GENE | p-PI3K | -
E | g_pi3k | GENE | PI3K | -
E | g_pakt | GENE | p-AKT | -
E | g_akt | GENE | AKT | -
E | g_bcl2 | GENE | Bcl-2 | -
E | g_bax | GENE | Bax | -
E | g_casp3 | GENE | caspase-3 | -
E | g_casp9 | GENE | caspase-9 | -
E | g_pi3k2 | GENE | PI3K | -
E | g_akt2 | GENE | AKT | -
R | UP | g_ecd | g_bcl2
R | DOWN | g_ecd | g_bax
R | DOWN | g_ecd | g_casp3
R | DOWN | g_ecd | g_casp9
# s8 (agent only as coded label beta-Ecd-L: no relation)
E | h_bax | GENE | Bax | -
# s9 (Dex-treated = TESTED_IN; restored viability + anti-apoptotic in named osteoblasts = UP; 10-7 mol/L left out -> beta-Ecd)
E | i_dex | COMPOUND | Dex | -
E | i_ob | CELL_TYPE | osteoblasts | -
E | i_ecd | COMPOUND | β-Ecd | -
E | i_c1 | CONCENTRATION | 10-6 mol/L | - | 1e-6 mol/L
E | i_alp | GENE | ALP | -
E | i_c2 | CONCENTRATION | 10-7 mol/L | - | 1e-7 mol/L
R | TI | i_dex | i_ob
R | CONC | i_ecd | i_c1
R | UP | i_ecd | i_ob
R | UP | i_ecd | i_alp
R | CONC | i_ecd | i_c2
# s10 (inhibitor abolishes effects: nothing)
E | j_ly | COMPOUND | LY294002 | -
E | j_c1 | CONCENTRATION | 10 μmol/L | - | 10 umol/L
E | j_c2 | CONCENTRATION | 0.3 mg/kg | - | 0.3 mg/kg
R | CONC | j_ly | j_c1
R | CONC | j_ly | j_c2
# s11 Conclusions (bone loss: process; through activation of = UP)
E | k_ecd | COMPOUND | β-Ecd | -
E | k_gionfh | DISEASE | GIONFH | -
E | k_rats | ORGANISM | rats | -
E | k_ob | CELL_TYPE | osteoblast | -
E | k_path | PATHWAY | PI3K/AKT signaling | -
R | TREATS | k_ecd | k_gionfh
R | UP | k_ecd | k_ob
R | UP | k_ecd | k_path
