# title (RANKL-induced: model stimulus, no relation; osteoclast inside osteoclastogenesis)
E | t_k | COMPOUND | Kaempferol | pubchem:5280863
E | t_rankl | GENE | RANKL | hgnc:TNFSF11
E | t_oc | CELL_TYPE | osteoclast
E | t_nfkb | PATHWAY | NF-κB | kegg.pathway:map04064
E | t_mapk | PATHWAY | MAPK pathways | kegg.pathway:map04010
E | t_nfatc1 | GENE | NFATc1 | hgnc:NFATC1
R | DOWN | t_k | t_oc
R | DOWN | t_k | t_nfkb
R | DOWN | t_k | t_mapk
R | DOWN | t_k | t_nfatc1
# S1 background
E | a_oc | CELL_TYPE | osteoclast
E | a_pmo | DISEASE | postmenopausal osteoporosis | mesh:D015663
E | a_ra | DISEASE | rheumatoid arthritis | mesh:D001172
# S2 (modulate: neutral; flavonol: appositive class descriptor)
E | b_k | COMPOUND | Kaempferol | pubchem:5280863
E | b_oc | CELL_TYPE | osteoclast
# S3 aim
E | c_k | COMPOUND | kaempferol | pubchem:5280863
E | c_rankl_l | GENE | receptor activator of nuclear factor-κB ligand | hgnc:TNFSF11
E | c_rankl | GENE | RANKL | hgnc:TNFSF11
E | c_oc | CELL_TYPE | osteoclast
E | c_raw | CELL_LINE | RAW264.7 | cellosaurus:CVCL_0493
E | c_bmm_l | CELL_TYPE | bone marrow-derived macrophages
E | c_bmm | CELL_TYPE | BMMs
R | TI | c_k | c_oc
R | TI | c_k | c_raw
R | TI | c_k | c_bmm_l
# S4 (Cells: generic, no TESTED_IN; RANKL concentration noted, GENE so no link; purity not a concentration)
E | d_rankl | GENE | RANKL | hgnc:TNFSF11
E | d_c1 | CONCENTRATION | 50 ng/mL | - | 50 ng/mL
E | d_k | COMPOUND | kaempferol | pubchem:5280863
E | d_c2 | CONCENTRATION | 2.5, 5 and 10 μM | - | 2.5,5,10 umol/L
E | d_d | DURATION | 5 days
E | d_trap | GENE | TRAP | hgnc:ACP5
R | CONC | d_k | d_c2
R | DUR | d_k | d_d
# S5 (viability clause negated)
E | e_k | COMPOUND | Kaempferol | pubchem:5280863
E | e_trap | GENE | TRAP | hgnc:ACP5
E | e_oc | CELL_TYPE | osteoclasts
E | e_c | CONCENTRATION | 20 μM | - | 20 umol/L
R | DOWN | e_k | e_oc
R | CONC | e_k | e_c
# S6
E | f_k | COMPOUND | Kaempferol | pubchem:5280863
E | f_nf_l | GENE | nuclear factor of activated T cells c1 | hgnc:NFATC1
E | f_nf | GENE | NFATc1 | hgnc:NFATC1
E | f_fos | GENE | c-Fos | hgnc:FOS
E | f_ctsk_l | GENE | cathepsin K | hgnc:CTSK
E | f_ctsk | GENE | CTSK | hgnc:CTSK
E | f_mmp9_l | GENE | matrix metalloproteinase-9 | hgnc:MMP9
E | f_mmp9 | GENE | MMP-9 | hgnc:MMP9
R | DOWN | f_k | f_nf_l
R | DOWN | f_k | f_fos
R | DOWN | f_k | f_ctsk_l
R | DOWN | f_k | f_mmp9_l
# S7 (passive "was attenuated by"; p38 negated)
E | g_rankl | GENE | RANKL | hgnc:TNFSF11
E | g_p65 | GENE | p65 | hgnc:RELA
E | g_erk | GENE | ERK
E | g_k | COMPOUND | kaempferol | pubchem:5280863
E | g_p38 | GENE | p38
R | DOWN | g_k | g_p65
R | DOWN | g_k | g_erk
# S8 (8-week-old, female: outside the span)
E | h_mice | ORGANISM | C57BL/6 mice | ncbitaxon:10090
E | h_k | COMPOUND | kaempferol | pubchem:5280863
E | h_c | CONCENTRATION | 5 mg/kg | - | 5 mg/kg
E | h_d | DURATION | 6 weeks
R | TI | h_k | h_mice
R | CONC | h_k | h_c
R | DUR | h_k | h_d
# S9 (Kaempferol-treated mice: within-word compound, TESTED_IN)
E | i_k | COMPOUND | Kaempferol | pubchem:5280863
E | i_mice | ORGANISM | mice | ncbitaxon:10090
E | i_oc | CELL_TYPE | osteoclasts
E | i_ovx | ORGANISM | OVX mice | ncbitaxon:10090
R | TI | i_k | i_mice
R | DOWN | i_k | i_oc
# S10
E | j_k | COMPOUND | kaempferol | pubchem:5280863
E | j_oc | CELL_TYPE | osteoclast
E | j_axis | PATHWAY | NF-κB/NFATc1 axis
E | j_op | DISEASE | osteoporosis | mesh:D010024
R | DOWN | j_k | j_oc
R | DOWN | j_k | j_axis
R | TREATS | j_k | j_op
