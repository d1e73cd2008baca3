# title
E | t_gen | COMPOUND | Genistein | pubchem:5280961
E | t_dai | COMPOUND | daidzein | pubchem:5281708
E | t_rankl | GENE | RANKL | hgnc:TNFSF11
E | t_oc | CELL_TYPE | osteoclast
E | t_path | PATHWAY | NF-κB/NFATc1 pathway
R | DOWN | t_gen | t_oc
R | DOWN | t_dai | t_oc
# s1
E | a_iso | COMPOUND | Soy isoflavones
E | a_est | COMPOUND | estrogen
E | a_pmo | DISEASE | postmenopausal osteoporosis | mesh:D015663
R | TREATS | a_est | a_pmo
R | TREATS | a_iso | a_pmo
# aim
E | b_gen | COMPOUND | genistein | pubchem:5280961
E | b_dai | COMPOUND | daidzein | pubchem:5281708
E | b_oc | CELL_TYPE | osteoclast
E | b_raw | CELL_LINE | RAW264.7 | cellosaurus:CVCL_0493
E | b_bmml | CELL_TYPE | bone marrow-derived macrophages
E | b_bmm | CELL_TYPE | BMMs
R | TI | b_gen | b_oc
R | TI | b_gen | b_raw
R | TI | b_gen | b_bmml
R | TI | b_dai | b_oc
R | TI | b_dai | b_raw
R | TI | b_dai | b_bmml
# treatment
E | c_rankll | GENE | receptor activator of nuclear factor-κB ligand | hgnc:TNFSF11
E | c_rankl | GENE | RANKL | hgnc:TNFSF11
E | c_c1 | CONCENTRATION | 50 ng/mL | - | 50 ng/mL
E | c_gen | COMPOUND | genistein | pubchem:5280961
E | c_dai | COMPOUND | daidzein | pubchem:5281708
E | c_c2 | CONCENTRATION | 1, 5, 10 and 20 μM | - | 1,5,10,20 umol/L
E | c_d | DURATION | 5 days
R | CONC | c_gen | c_c2
R | CONC | c_dai | c_c2
R | DUR | c_gen | c_d
R | DUR | c_dai | c_d
# TRAP staining
E | d_trapl | GENE | Tartrate-resistant acid phosphatase | hgnc:ACP5
E | d_trap | GENE | TRAP | hgnc:ACP5
E | d_gen | COMPOUND | genistein | pubchem:5280961
E | d_trap2 | GENE | TRAP | hgnc:ACP5
E | d_oc | CELL_TYPE | osteoclasts
E | d_dai | COMPOUND | daidzein | pubchem:5281708
E | d_oc2 | CELL_TYPE | osteoclast
E | d_c | CONCENTRATION | 20 μM | - | 20 umol/L
R | DOWN | d_gen | d_oc
R | DOWN | d_dai | d_oc2
R | CONC | d_dai | d_c
# viability (negated; anaphoric "Neither isoflavone")
E | e_c | CONCENTRATION | 20 μM | - | 20 umol/L
E | e_mtt | COMPOUND | MTT
# NF-kB
E | f_gen | COMPOUND | Genistein | pubchem:5280961
E | f_c | CONCENTRATION | 10 μM | - | 10 umol/L
E | f_rankl | GENE | RANKL | hgnc:TNFSF11
E | f_ikb | GENE | IκBα | hgnc:NFKBIA
E | f_p65 | GENE | p65 | hgnc:RELA
E | f_fos | GENE | c-Fos | hgnc:FOS
E | f_nfatl | GENE | nuclear factor of activated T cells c1 | hgnc:NFATC1
E | f_nfat | GENE | NFATc1 | hgnc:NFATC1
R | CONC | f_gen | f_c
R | DOWN | f_gen | f_ikb
R | DOWN | f_gen | f_p65
R | DOWN | f_gen | f_fos
R | DOWN | f_gen | f_nfatl
# markers (no agent)
E | g_oc | CELL_TYPE | osteoclast
E | g_trap | GENE | TRAP | hgnc:ACP5
E | g_ctskl | GENE | cathepsin K | hgnc:CTSK
E | g_ctsk | GENE | CTSK | hgnc:CTSK
E | g_mmpl | GENE | matrix metalloproteinase-9 | hgnc:MMP9
E | g_mmp | GENE | MMP-9 | hgnc:MMP9
# pits
E | h_d | DURATION | 7 days
E | h_gen | COMPOUND | genistein | pubchem:5280961
R | DUR | h_gen | h_d
# ICI
E | i_er | GENE | estrogen receptor
E | i_ici | COMPOUND | ICI 182,780 | pubchem:104741
E | i_c | CONCENTRATION | 1 μM | - | 1 umol/L
E | i_gen | COMPOUND | genistein | pubchem:5280961
E | i_er2 | GENE | estrogen receptor
R | DOWN | i_ici | i_er
R | CONC | i_ici | i_c
# conclusion
E | j_gen | COMPOUND | genistein | pubchem:5280961
E | j_oc | CELL_TYPE | osteoclast
E | j_path | PATHWAY | NF-κB/NFATc1 axis
E | j_pmo | DISEASE | postmenopausal osteoporosis | mesh:D015663
R | DOWN | j_gen | j_oc
R | DOWN | j_gen | j_path
R | TREATS | j_gen | j_pmo
