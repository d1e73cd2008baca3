# s0 title (TNF-α-induced: model stimulus, no relation; chondrosarcoma is a disease name, annotated, no relation; no giving word: no TI)
E | t_fa | COMPOUND | Ferulic acid | -
E | t_tnf | GENE | TNF-α | -
E | t_cs | DISEASE | chondrosarcoma | -
E | t_sw | CELL_LINE | SW1353 | -
E | t_nfkb | PATHWAY | NF-κB pathway | -
R | DOWN | t_fa | t_nfkb
# s1 background
E | a_oal | DISEASE | Osteoarthritis | -
E | a_oa | DISEASE | OA | -
E | a_djd | DISEASE | degenerative joint disease | -
E | a_tnfl | GENE | tumor necrosis factor-α | -
E | a_tnf | GENE | TNF-α | -
# s2 (phenolic compound: appositive class descriptor; plant sources ORGANISM)
E | b_fa | COMPOUND | Ferulic acid | -
E | b_FA | COMPOUND | FA | -
E | b_as | ORGANISM | Angelica sinensis | -
E | b_lc | ORGANISM | Ligusticum chuanxiong | -
E | b_ch | CELL_TYPE | chondrocyte | -
# s3 treatment (pretreated with FA; TNF-α is a GENE stimulus: its amount unlinked; 24 h belongs to TNF-α)
E | c_cs | DISEASE | chondrosarcoma | -
E | c_sw | CELL_LINE | SW1353 | -
E | c_FA | COMPOUND | FA | -
E | c_c1 | CONCENTRATION | 25, 50 and 100 ug/ml | - | 25,50,100 ug/mL
E | c_d1 | DURATION | 2 h | -
E | c_tnf | GENE | TNF-α | -
E | c_c2 | CONCENTRATION | 10 ng/ml | - | 10 ng/mL
E | c_d2 | DURATION | 24 h | -
R | TI | c_FA | c_sw
R | CONC | c_FA | c_c1
R | DUR | c_FA | c_d1
# s4 viability (no effect; MTT assay reagent)
E | d_mtt | COMPOUND | MTT | -
E | d_FA | COMPOUND | FA | -
E | d_c | CONCENTRATION | 200 ug/ml | - | 200 ug/mL
R | CONC | d_FA | d_c
# s5 methods (Griess reagent: assay reagent)
E | e_nol | COMPOUND | nitric oxide | -
E | e_no | COMPOUND | NO | -
E | e_gr | COMPOUND | Griess reagent | -
E | e_pgl | COMPOUND | prostaglandin E2 | -
E | e_pg | COMPOUND | PGE2 | -
# s6 (TNF-α group label; 25 ug/ml FA: slight non-significant decrease, no relation)
E | f_tnf | GENE | TNF-α | -
E | f_FA | COMPOUND | FA | -
E | f_c1 | CONCENTRATION | 50 and 100 ug/ml | - | 50,100 ug/mL
E | f_no | COMPOUND | NO | -
E | f_pg | COMPOUND | PGE2 | -
E | f_c2 | CONCENTRATION | 25 ug/ml | - | 25 ug/mL
E | f_FA2 | COMPOUND | FA | -
E | f_no2 | COMPOUND | NO | -
R | CONC | f_FA | f_c1
R | DOWN | f_FA | f_no
R | DOWN | f_FA | f_pg
R | CONC | f_FA2 | f_c2
# s7
E | g_inos | GENE | iNOS | -
E | g_cox | GENE | COX-2 | -
E | g_FA | COMPOUND | FA | -
R | DOWN | g_FA | g_inos
R | DOWN | g_FA | g_cox
# s8 (preserved = UP)
E | h_FA | COMPOUND | FA | -
E | h_tnf | GENE | TNF-α | -
E | h_mmp | GENE | MMP-13 | -
E | h_adamts | GENE | ADAMTS-5 | -
E | h_col2 | GENE | collagen type II | -
R | DOWN | h_FA | h_mmp
R | DOWN | h_FA | h_adamts
R | UP | h_FA | h_col2
# s9 (inhibited degradation of IκBα = preserved protein, UP; nuclear translocation inhibited = DOWN; "NF-κB p65": two adjacent names)
E | i_FA | COMPOUND | FA | -
E | i_ikb | GENE | IκBα | -
E | i_nfkb | GENE | NF-κB | -
E | i_p65 | GENE | p65 | -
R | UP | i_FA | i_ikb
R | DOWN | i_FA | i_nfkb
R | DOWN | i_FA | i_p65
# s10 statistics: nothing
# s11 conclusion (application of FA in OA therapy = TREATS; inflammation a process; result in cells, no TI)
E | j_fa | COMPOUND | ferulic acid | -
E | j_tnf | GENE | TNF-α | -
E | j_sw | CELL_LINE | SW1353 | -
E | j_nfkb | GENE | NF-κB | -
E | j_FA | COMPOUND | FA | -
E | j_oa | DISEASE | OA | -
R | DOWN | j_fa | j_nfkb
R | TREATS | j_FA | j_oa
