# title (suppressing IL-1-induced COX-2 and RANKL expression = DOWN; IL-1: stimulus modifier; inflammatory bone loss: process, no TREATS)
E | t_nob | COMPOUND | Nobiletin | -
E | t_il1 | GENE | IL-1 | -
E | t_cox2 | GENE | COX-2 | -
E | t_rankl | GENE | RANKL | -
E | t_ob | CELL_TYPE | osteoblasts | -
R | DOWN | t_nob | t_cox2
R | DOWN | t_nob | t_rankl
# s1 background mechanism (RANKL induced by IL-1 = UP; RANKL drives osteoclastogenesis = UP of the cell; COX-2-dependent: neutral)
E | a_ob | CELL_TYPE | Osteoblast | -
E | a_rankl | GENE | RANKL | -
E | a_il1 | GENE | IL-1 | -
E | a_cox2 | GENE | COX-2 | -
E | a_pge2 | COMPOUND | PGE2 | -
E | a_oc | CELL_TYPE | osteoclast | -
E | a_ibd | DISEASE | inflammatory bone disease | -
R | UP | a_il1 | a_rankl
R | UP | a_rankl | a_oc
# s2 question: no relation (flavone: appositive descriptor; Citrus peel: herbal material)
E | b_nobl | COMPOUND | nobiletin | -
E | b_nob | COMPOUND | NOB | -
E | b_cp | ORGANISM | Citrus peel | -
# s3 co-culture (mouse: species modifier; IL-1alpha stimulus, GENE; fewer TRAP+ multinucleated cells = DOWN of the cell; no giving word for NOB)
E | c_ob | CELL_TYPE | osteoblasts | -
E | c_pob | CELL_TYPE | POBs | -
E | c_bmc | CELL_TYPE | bone marrow cells | -
E | c_il1a | GENE | IL-1α | -
E | c_c1 | CONCENTRATION | 2 ng/ml | - | 2 ng/mL
E | c_trap | GENE | TRAP | -
E | c_mnc | CELL_TYPE | multinucleated cells | -
E | c_nob | COMPOUND | NOB | -
E | c_c2 | CONCENTRATION | 3, 10 and 30 uM | - | 3,10,30 umol/L
E | c_c3 | CONCENTRATION | 10 and 30 uM | - | 10,30 umol/L
R | DOWN | c_nob | c_mnc
R | CONC | c_nob | c_c2
R | CONC | c_nob | c_c3
# s4 POBs (gene symbol + protein name in parentheses: link the first; COX-2 protein is its own conjunct; OPG unchanged)
E | d_pob | CELL_TYPE | POBs | -
E | d_nob | COMPOUND | NOB | -
E | d_c | CONCENTRATION | 10 uM | - | 10 umol/L
E | d_il1a | GENE | IL-1α | -
E | d_ptgs2 | GENE | Ptgs2 | -
E | d_cox2 | GENE | COX-2 | -
E | d_cox2b | GENE | COX-2 | -
E | d_pge2 | COMPOUND | PGE2 | -
E | d_tnfsf11 | GENE | Tnfsf11 | -
E | d_rankl | GENE | RANKL | -
E | d_tnfrsf | GENE | Tnfrsf11b | -
E | d_opg | GENE | OPG | -
R | CONC | d_nob | d_c
R | DOWN | d_nob | d_ptgs2
R | DOWN | d_nob | d_cox2b
R | DOWN | d_nob | d_pge2
R | DOWN | d_nob | d_tnfsf11
# s5 (exogenous PGE2 restored = UP; NOB negated; PGE2-induced RANKL: stimulus modifier)
E | e_pge2 | COMPOUND | PGE2 | -
E | e_c | CONCENTRATION | 1 uM | - | 1 umol/L
E | e_rankl | GENE | RANKL | -
E | e_oc | CELL_TYPE | osteoclast | -
E | e_nob | COMPOUND | NOB | -
E | e_pge2b | COMPOUND | PGE2 | -
E | e_rankl2 | GENE | RANKL | -
E | e_pge2c | COMPOUND | PGE2 | -
R | CONC | e_pge2 | e_c
R | UP | e_pge2 | e_rankl
R | UP | e_pge2 | e_oc
# s6 (phosphorylation, nuclear translocation = regulation of the protein; ERK1/2, p38 negated)
E | f_nob | COMPOUND | NOB | -
E | f_il1a | GENE | IL-1α | -
E | f_ikb | GENE | IκBα | -
E | f_p65 | GENE | p65 | -
E | f_erk | GENE | ERK1/2 | -
E | f_p38 | GENE | p38 | -
R | DOWN | f_nob | f_ikb
R | DOWN | f_nob | f_p65
# s7 BMMs (protein reagents: amounts unlinked; no giving word for NOB)
E | g_bmm | CELL_TYPE | BMMs | -
E | g_mcsf | GENE | M-CSF | -
E | g_c1 | CONCENTRATION | 30 ng/ml | - | 30 ng/mL
E | g_srankl | GENE | sRANKL | -
E | g_c2 | CONCENTRATION | 50 ng/ml | - | 50 ng/mL
E | g_c3 | CONCENTRATION | 30 uM | - | 30 umol/L
E | g_nob | COMPOUND | NOB | -
E | g_oc | CELL_TYPE | osteoclast | -
E | g_acp5 | GENE | Acp5 | -
E | g_ctsk | GENE | Ctsk | -
E | g_nfatc1 | GENE | Nfatc1 | -
R | CONC | g_nob | g_c3
R | DOWN | g_nob | g_oc
R | DOWN | g_nob | g_acp5
R | DOWN | g_nob | g_ctsk
R | DOWN | g_nob | g_nfatc1
# s8 in vivo (received = TESTED_IN for LPS and NOB; 5 d inside NOB's parenthesis)
E | h_mice | ORGANISM | C57BL/6 mice | -
E | h_lps | COMPOUND | LPS | -
E | h_c1 | CONCENTRATION | 25 mg/kg | - | 25 mg/kg
E | h_nob | COMPOUND | NOB | -
E | h_c2 | CONCENTRATION | 5 or 10 mg/kg/day | - | 5,10 mg/kg/d
E | h_d | DURATION | 5 d | -
R | TI | h_lps | h_mice
R | CONC | h_lps | h_c1
R | TI | h_nob | h_mice
R | CONC | h_nob | h_c2
R | DUR | h_nob | h_d
# s9 (TRAP+ osteoclast number = DOWN of the cell; 5 mg/kg left out -> NOB)
E | i_nob | COMPOUND | NOB | -
E | i_c1 | CONCENTRATION | 10 mg/kg | - | 10 mg/kg
E | i_trap | GENE | TRAP | -
E | i_oc | CELL_TYPE | osteoclast | -
E | i_ptgs2 | GENE | Ptgs2 | -
E | i_tnfsf11 | GENE | Tnfsf11 | -
E | i_c2 | CONCENTRATION | 5 mg/kg | - | 5 mg/kg
R | CONC | i_nob | i_c1
R | DOWN | i_nob | i_oc
R | DOWN | i_nob | i_ptgs2
R | DOWN | i_nob | i_tnfsf11
R | CONC | i_nob | i_c2
# s10 conclusion (blocking COX-2/PGE2 production and RANKL induction = DOWN each; NF-kB-dependent: neutral; bone loss: process)
E | j_nob | COMPOUND | NOB | -
E | j_nfkb | GENE | NF-κB | -
E | j_cox2 | GENE | COX-2 | -
E | j_pge2 | COMPOUND | PGE2 | -
E | j_rankl | GENE | RANKL | -
E | j_ob | CELL_TYPE | osteoblasts | -
R | DOWN | j_nob | j_cox2
R | DOWN | j_nob | j_pge2
R | DOWN | j_nob | j_rankl
