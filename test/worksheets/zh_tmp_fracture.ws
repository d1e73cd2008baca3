# s0 title (促进骨折愈合 = TREATS; 对…通路的影响 names no animal: no TI)
E | t_tmp | COMPOUND | 川芎嗪 | -
E | t_rat | ORGANISM | 大鼠 | -
E | t_fx | DISEASE | 骨折 | -
E | t_path | PATHWAY | HIF-1α/VEGF通路 | -
R | TREATS | t_tmp | t_fx
# s1 aim (以 SD大鼠 …模型观察 X 对…的影响 = study aim -> TI)
# NOT annotated: the PATHWAY span 缺氧诱导因子-1α（ / HIF-1α）/血管内皮生长因子（VEGF）通路 is broken by a hard line break (see NOTES.md)
E | a_rat | ORGANISM | SD大鼠 | -
E | a_fx1 | DISEASE | 股骨干骨折 | -
E | a_tmp | COMPOUND | 川芎嗪 | -
E | a_tmpen | COMPOUND | tetramethylpyrazine | -
E | a_TMP | COMPOUND | TMP | -
E | a_fx2 | DISEASE | 骨折 | -
E | a_fx3 | DISEASE | 骨折 | -
R | TI | a_tmp | a_rat
# s2 methods: SD大 / 鼠 and 20、40、 / 80 mg·kg-1·d-1 broken by hard line breaks: not annotated (NOTES.md); TMP-L/M/H coded
E | adj_104 | PATHWAY | 缺氧诱导因子-1α（HIF-1α）/血管内皮生长因子（VEGF）通路@104 | -
E | adj_150 | ORGANISM | SD大鼠@150 | -
E | b_tmp | COMPOUND | TMP | -
# s3 (perfusion contrast agent as reagent; 术后4周 a time point)
E | adj_214 | CONCENTRATION | 20、40、80 mg·kg-1·d-1@214 | - | 20,40,80 mg/kg/d
E | c_mf | COMPOUND | Microfil | -
# s4 stains and measurements
E | d_he | COMPOUND | HE | -
E | d_so | COMPOUND | 番红O | -
E | d_fg | COMPOUND | 固绿 | -
E | d_cd31 | GENE | CD31 | -
E | d_hif | GENE | HIF-1α | -
E | d_vegf | GENE | VEGF | -
E | d_vegf2 | GENE | VEGF | -
# s5 (TMP-M/TMP-H coded: no agent)
E | e_hif | GENE | HIF-1α | -
E | e_vegf | GENE | VEGF | -
E | e_vegf2 | GENE | VEGF | -
# s9
E | adj_659 | DISEASE | 骨折@659 | -
E | f_hif | GENE | HIF-1α | -
# s10 结论 (加速骨折愈合 = TREATS to the 骨折 that 愈合 governs; 上调…信号 = UP; CD31阳性微血管形成 is vessel formation, not CD31 expression)
E | g_tmp | COMPOUND | 川芎嗪 | -
E | g_fx1 | DISEASE | 骨折 | -
E | g_fx2 | DISEASE | 骨折 | -
E | g_path | PATHWAY | HIF-1α/VEGF信号 | -
E | g_cd31 | GENE | CD31 | -
R | TREATS | g_tmp | g_fx2
R | UP | g_tmp | g_path
R | TI | b_tmp | adj_150
R | CONC | b_tmp | adj_214
