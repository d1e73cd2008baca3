# title (TNF-α-induced: model stimulus, no relation; "chondrosarcoma" only describes the cell line, like 成骨样: not annotated; inflammatory response is a process)
E | t_fa | COMPOUND | Ferulic acid | -
E | t_tnf | GENE | TNF-α | -
E | t_sw | CELL_LINE | SW1353 | -
E | t_nfkb | PATHWAY | NF-κB pathway | -
R | DOWN | t_fa | t_nfkb
# s1 background
E | a_oal | DISEASE | Osteoarthritis | -
E | a_oa | DISEASE | OA | -
E | a_djd | DISEASE | degenerative joint disease | -
E | a_tnfl | GENE | tumor necrosis factor-α | -
E | a_tnf | GENE | TNF-α | -
# s2 (phenolic compound: appositive descriptor; plants named as sources)
E | b_fal | COMPOUND | Ferulic acid | -
E | b_fa | COMPOUND | FA | -
E | b_as | ORGANISM | Angelica sinensis | -
E | b_lc | ORGANISM | Ligusticum chuanxiong | -
E | b_ch | CELL_TYPE | chondrocyte | -
# s3 (pretreated with = TESTED_IN; TNF-α is a protein reagent: its amount has no link; 24 h belongs to TNF-α)
E | c_sw | CELL_LINE | SW1353 | -
E | c_fa | COMPOUND | FA | -
E | c_c1 | CONCENTRATION | 25, 50 and 100 ug/ml | - | 25,50,100 ug/mL
E | c_d1 | DURATION | 2 h | -
E | c_tnf | GENE | TNF-α | -
E | c_c2 | CONCENTRATION | 10 ng/ml | - | 10 ng/mL
E | c_d2 | DURATION | 24 h | -
R | TI | c_fa | c_sw
R | CONC | c_fa | c_c1
R | DUR | c_fa | c_d1
# s4 (viability negated: HAS_CONCENTRATION only; MTT assay reagent)
E | d_mtt | COMPOUND | MTT | -
E | d_fa | COMPOUND | FA | -
E | d_c | CONCENTRATION | 200 ug/ml | - | 200 ug/mL
R | CONC | d_fa | d_c
# s5 measurements (Griess reagent: assay reagent)
E | e_nol | COMPOUND | nitric oxide | -
E | e_no | COMPOUND | NO | -
E | e_gr | COMPOUND | Griess reagent | -
E | e_pgl | COMPOUND | prostaglandin E2 | -
E | e_pg | COMPOUND | PGE2 | -
# s6 (TNF-α group label; 25 ug/ml clause not significant: HAS_CONCENTRATION only)
E | f_tnf | GENE | TNF-α | -
E | f_fa | COMPOUND | FA | -
E | f_c1 | CONCENTRATION | 50 and 100 ug/ml | - | 50,100 ug/mL
E | f_no | COMPOUND | NO | -
E | f_pg | COMPOUND | PGE2 | -
E | f_c2 | CONCENTRATION | 25 ug/ml | - | 25 ug/mL
E | f_fa2 | COMPOUND | FA | -
E | f_no2 | COMPOUND | NO | -
R | CONC | f_fa | f_c1
R | DOWN | f_fa | f_no
R | DOWN | f_fa | f_pg
R | CONC | f_fa2 | f_c2
# s7 (passive "downregulated by FA")
E | g_inos | GENE | iNOS | -
E | g_cox | GENE | COX-2 | -
E | g_fa | COMPOUND | FA | -
R | DOWN | g_fa | g_inos
R | DOWN | g_fa | g_cox
# s8 (preserved = UP)
E | h_fa | COMPOUND | FA | -
E | h_tnf | GENE | TNF-α | -
E | h_mmp | GENE | MMP-13 | -
E | h_adam | GENE | ADAMTS-5 | -
E | h_col2 | GENE | collagen type II | -
R | DOWN | h_fa | h_mmp
R | DOWN | h_fa | h_adam
R | UP | h_fa | h_col2
# s9 (inhibited degradation of IκBα = preventing a loss = UP; nuclear translocation = regulation of p65; NF-κB p65: two adjacent names)
E | i_fa | COMPOUND | FA | -
E | i_ikb | GENE | IκBα | -
E | i_nfkb | GENE | NF-κB | -
E | i_p65 | GENE | p65 | -
R | UP | i_fa | i_ikb
R | DOWN | i_fa | i_p65
# s10 nothing; s11 conclusion (NF-κB without a pathway head: GENE; application of FA in OA therapy = TREATS)
E | j_fa | COMPOUND | ferulic acid | -
E | j_tnf | GENE | TNF-α | -
E | j_sw | CELL_LINE | SW1353 | -
E | j_nfkb | GENE | NF-κB | -
E | j_FA | COMPOUND | FA | -
E | j_oa | DISEASE | OA | -
R | DOWN | j_fa | j_nfkb
R | TREATS | j_FA | j_oa
