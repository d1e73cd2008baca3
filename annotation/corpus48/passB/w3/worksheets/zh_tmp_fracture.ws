# hard-wrapped file. Not annotated because broken across a line break (see NOTES.md):
#   'SD大' + '鼠' (s2), '20、40、' + '80 mg·kg-1·d-1' (s2),
#   '缺氧诱导因子-1α（' + 'HIF-1α）/血管内皮生长因子（VEGF）通路' (s1, one PATHWAY span)
# [0] title (促进骨折愈合 = TREATS; no giving word / 对 for the rat: no TI)
E | t_tmp | COMPOUND | 川芎嗪 | -
E | t_rat | ORGANISM | 大鼠 | -
E | t_fx | DISEASE | 骨折 | -
E | t_path | PATHWAY | HIF-1α/VEGF通路 | -
R | TREATS | t_tmp | t_fx
# [1] aim (以 SD大鼠 模型 观察 X 对…的影响 = TI)
E | a_sd | ORGANISM | SD大鼠 | -
E | a_fx | DISEASE | 股骨干骨折 | -
E | a_tmp | COMPOUND | 川芎嗪 | -
E | a_tmpen | COMPOUND | tetramethylpyrazine | -
E | a_TMP | COMPOUND | TMP | -
E | a_fx2 | DISEASE | 骨折 | -
E | a_fx3 | DISEASE | 骨折 | -
R | TI | a_tmp | a_sd
# [2] grouping (animal and doses broken across line breaks: nothing; TMP-L/M/H coded; 术后2、4、8周 = time points)
E | b_tmp | COMPOUND | TMP | -
# [3] (术后4周 = time point; Microfil = perfusion reagent)
E | c_mf | COMPOUND | Microfil | -
# [4] stains and measurements
E | d_he | COMPOUND | HE | -
E | d_so | COMPOUND | 番红O | -
E | d_fg | COMPOUND | 固绿 | -
E | d_cd31 | GENE | CD31 | -
E | d_hif | GENE | HIF-1α | -
E | d_vegf | GENE | VEGF | -
E | d_vegf2 | GENE | VEGF | -
# [5] agents only as coded labels TMP-M/TMP-H: no relation
E | e_hif | GENE | HIF-1α | -
E | e_vegf | GENE | VEGF | -
E | e_vegf2 | GENE | VEGF | -
# [7] 骨折 in 骨折线
E | g_fx | DISEASE | 骨折 | -
# [9]
E | i_hif | GENE | HIF-1α | -
# [10] conclusion (加速骨折愈合 = TREATS, the governed 骨折; 其机制 -> 川芎嗪; CD31阳性微血管形成 is vessel formation, no relation)
E | j_tmp | COMPOUND | 川芎嗪 | -
E | j_fx | DISEASE | 骨折 | -
E | j_fx2 | DISEASE | 骨折 | -
E | j_path | PATHWAY | HIF-1α/VEGF信号 | -
E | j_cd31 | GENE | CD31 | -
R | TREATS | j_tmp | j_fx2
R | UP | j_tmp | j_path
