# title
E | t_cur | COMPOUND | Curcumin | pubchem:969516
E | t_ch | CELL_TYPE | chondrocytes
E | t_il1 | GENE | interleukin-1β | hgnc:IL1B
E | t_oa | DISEASE | osteoarthritis | mesh:D010003
R | UP | t_cur | t_ch
R | TREATS | t_cur | t_oa
# s1
E | a_oal | DISEASE | Osteoarthritis | mesh:D010003
E | a_oa | DISEASE | OA | mesh:D010003
E | a_djd | DISEASE | degenerative joint disease
# s2 (question: no TREATS)
E | b_cur | COMPOUND | curcumin | pubchem:969516
E | b_cl | ORGANISM | Curcuma longa
E | b_oa | DISEASE | OA | mesh:D010003
# s3
E | c_ch | CELL_TYPE | chondrocytes
E | c_mice | ORGANISM | C57BL/6 mice | ncbitaxon:10090
E | c_cur | COMPOUND | curcumin | pubchem:969516
E | c_c1 | CONCENTRATION | 5, 10 and 20 μM | - | 5,10,20 umol/L
E | c_d1 | DURATION | 2 h
E | c_il1l | GENE | interleukin-1β | hgnc:IL1B
E | c_il1 | GENE | IL-1β | hgnc:IL1B
E | c_c2 | CONCENTRATION | 10 ng/mL | - | 10 ng/mL
E | c_d2 | DURATION | 24 h
R | TI | c_cur | c_ch
R | CONC | c_cur | c_c1
R | DUR | c_cur | c_d1
# s4
E | d_cur | COMPOUND | Curcumin | pubchem:969516
E | d_il1 | GENE | IL-1β | hgnc:IL1B
E | d_nol | COMPOUND | nitric oxide | pubchem:145068
E | d_no | COMPOUND | NO | pubchem:145068
E | d_pgl | COMPOUND | prostaglandin E2 | pubchem:5280360
E | d_pg | COMPOUND | PGE2 | pubchem:5280360
E | d_inosl | GENE | inducible nitric oxide synthase | hgnc:NOS2
E | d_inos | GENE | iNOS | hgnc:NOS2
E | d_coxl | GENE | cyclooxygenase-2 | hgnc:PTGS2
E | d_cox | GENE | COX-2 | hgnc:PTGS2
R | DOWN | d_cur | d_nol
R | DOWN | d_cur | d_pgl
R | DOWN | d_cur | d_inosl
R | DOWN | d_cur | d_coxl
# s5
E | e_cur | COMPOUND | Curcumin | pubchem:969516
E | e_mmpl | GENE | matrix metalloproteinase-13 | hgnc:MMP13
E | e_mmp | GENE | MMP-13 | hgnc:MMP13
E | e_adl | GENE | a disintegrin and metalloproteinase with thrombospondin motifs 5 | hgnc:ADAMTS5
E | e_ad | GENE | ADAMTS-5 | hgnc:ADAMTS5
E | e_col2 | GENE | type II collagen
E | e_acan | GENE | aggrecan | hgnc:ACAN
R | DOWN | e_cur | e_mmpl
R | DOWN | e_cur | e_adl
R | UP | e_cur | e_col2
R | UP | e_cur | e_acan
# s6
E | f_cur | COMPOUND | curcumin | pubchem:969516
E | f_path | PATHWAY | NF-κB signaling pathway | kegg.pathway:map04064
E | f_p65 | GENE | p65 | hgnc:RELA
E | f_nfkb | GENE | NF-κB
E | f_bay | COMPOUND | BAY 11-7082
R | DOWN | f_cur | f_path
R | DOWN | f_cur | f_p65
R | DOWN | f_bay | f_nfkb
# s7 negated
E | g_cur | COMPOUND | Curcumin | pubchem:969516
E | g_sox | GENE | SOX9 | hgnc:SOX9
# s8 in vivo
E | h_oa | DISEASE | OA | mesh:D010003
E | h_mice1 | ORGANISM | mice | ncbitaxon:10090
E | h_mice2 | ORGANISM | mice | ncbitaxon:10090
E | h_cur | COMPOUND | curcumin | pubchem:969516
E | h_c | CONCENTRATION | 50 mg/kg | - | 50 mg/kg
E | h_d | DURATION | 8 weeks
R | TI | h_cur | h_mice2
R | CONC | h_cur | h_c
R | DUR | h_cur | h_d
# s9
E | i_cur | COMPOUND | Curcumin | pubchem:969516
E | i_mice | ORGANISM | mice | ncbitaxon:10090
E | i_dmm | ORGANISM | DMM mice | ncbitaxon:10090
R | TI | i_cur | i_mice
# s10
E | j_cur | COMPOUND | curcumin | pubchem:969516
E | j_oa | DISEASE | OA | mesh:D010003
R | TREATS | j_cur | j_oa
