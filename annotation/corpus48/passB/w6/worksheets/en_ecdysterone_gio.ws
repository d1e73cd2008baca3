# s0 title (alleviates GIONFH = TREATS; inhibiting osteoblast apoptosis = UP of the cell; "in rats" result, no giving word; via: neutral)
E | t_ecd | COMPOUND | β-Ecdysterone | -
E | t_gionfh | DISEASE | glucocorticoid-induced osteonecrosis of the femoral head | -
E | t_rats | ORGANISM | rats | -
E | t_ob | CELL_TYPE | osteoblast | -
E | t_path | PATHWAY | PI3K/AKT signaling | -
R | TREATS | t_ecd | t_gionfh
R | UP | t_ecd | t_ob
# s1 Objective (whether-question: no TREATS; no system in the aim)
E | a_ecd_l | COMPOUND | β-ecdysterone | -
E | a_ecd | COMPOUND | β-Ecd | -
E | a_gionfh_l | DISEASE | glucocorticoid-induced osteonecrosis of the femoral head | -
E | a_gionfh | DISEASE | GIONFH | -
E | a_sop | DISEASE | secondary osteoporosis | -
E | a_path | PATHWAY | PI3K/AKT signaling | -
# s2 Methods groups (coded labels beta-Ecd-L/M/H, beta-Ecd-H not annotated; group allocation -> TI per arm)
E | b_sd | ORGANISM | SD rats | -
E | b_ecd | COMPOUND | β-Ecd | -
E | b_c | CONCENTRATION | 10, 20 and 40 mg·kg-1·d-1 | - | 10,20,40 mg/kg/d
E | b_ly | COMPOUND | LY294002 | -
R | TI | b_ecd | b_sd
R | CONC | b_ecd | b_c
R | TI | b_ly | b_sd
# s3 model induction (no system named: no TI)
E | c_gionfh | DISEASE | GIONFH | -
E | c_lps | COMPOUND | lipopolysaccharide | -
E | c_c1 | CONCENTRATION | 20 μg/kg | - | 20 ug/kg
E | c_mps_l | COMPOUND | methylprednisolone | -
E | c_mps | COMPOUND | MPS | -
E | c_c2 | CONCENTRATION | 40 mg/kg | - | 40 mg/kg
R | CONC | c_lps | c_c1
R | CONC | c_mps_l | c_c2
# s4 (treatment length, no compound in the sentence; H&E = stain reagents; TUNEL is a method)
E | d_d | DURATION | 6 weeks | -
E | d_he | COMPOUND | H&E | -
# s5 in vitro (Dex: compound stimulus with exposure word -> TI; lost superscripts)
E | e_ob | CELL_TYPE | osteoblasts | -
E | e_dex_l | COMPOUND | dexamethasone | -
E | e_dex | COMPOUND | Dex | -
E | e_c1 | CONCENTRATION | 10-6 mol/L | - | 1e-6 mol/L
E | e_ecd | COMPOUND | β-Ecd | -
E | e_c2 | CONCENTRATION | 10-7, 10-6 and 10-5 mol/L | - | 1e-7,1e-6,1e-5 mol/L
R | TI | e_dex_l | e_ob
R | CONC | e_dex_l | e_c1
R | TI | e_ecd | e_ob
R | CONC | e_ecd | e_c2
# s6a Results (agent is the coded label beta-Ecd-M / -H: not annotated, no relation)
E | f_ocy | CELL_TYPE | osteocytes | -
E | f_ob | CELL_TYPE | osteoblasts | -
# s6b (ratios: GENE mentions, no relation; cleaved outside span; total PI3K/AKT negated)
E | g_ecd | COMPOUND | β-Ecd | -
E | g_ppi3k | GENE | p-PI3K | -
E | g_pi3k1 | GENE | PI3K | -
E | g_pakt | GENE | p-AKT | -
E | g_akt1 | GENE | AKT | -
E | g_bcl2 | GENE | Bcl-2 | -
E | g_bax | GENE | Bax | -
E | g_c3 | GENE | caspase-3 | -
E | g_c9 | GENE | caspase-9 | -
E | g_pi3k2 | GENE | PI3K | -
E | g_akt2 | GENE | AKT | -
R | UP | g_ecd | g_bcl2
R | DOWN | g_ecd | g_bax
R | DOWN | g_ecd | g_c3
R | DOWN | g_ecd | g_c9
# s6c (coded label beta-Ecd-L: no agent mention)
E | h_bax | GENE | Bax | -
# s7 (Dex-treated osteoblasts: TI for Dex; beta-Ecd result in the cells without giving word; restored viability / reduced apoptosis = UP)
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
# s8 (inhibitor abolishing effects: nothing)
E | j_ly | COMPOUND | LY294002 | -
E | j_c1 | CONCENTRATION | 10 μmol/L | - | 10 umol/L
E | j_c2 | CONCENTRATION | 0.3 mg/kg | - | 0.3 mg/kg
R | CONC | j_ly | j_c1
R | CONC | j_ly | j_c2
# s9 Conclusions (bone loss: process; through activation of = UP)
E | k_ecd | COMPOUND | β-Ecd | -
E | k_gionfh | DISEASE | GIONFH | -
E | k_rats | ORGANISM | rats | -
E | k_ob | CELL_TYPE | osteoblast | -
E | k_path | PATHWAY | PI3K/AKT signaling | -
R | TREATS | k_ecd | k_gionfh
R | UP | k_ecd | k_ob
R | UP | k_ecd | k_path
