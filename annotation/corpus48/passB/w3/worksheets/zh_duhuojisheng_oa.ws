# [0] title (aim title = TI to the animal; decoction = COMPOUND; disease + animal = DISEASE + ORGANISM; 软骨损伤 not annotated)
E | t_dh | COMPOUND | 独活寄生汤 | -
E | t_koa | DISEASE | 膝骨关节炎 | -
E | t_rab | ORGANISM | 兔 | -
E | t_path | PATHWAY | Wnt/β-catenin信号通路 | -
R | TI | t_dh | t_rab
# [1] 目的 (aim = TI; 其 对…的影响 neutral; 炎症因子 generic)
E | a_dh | COMPOUND | 独活寄生汤 | -
E | a_dhen | COMPOUND | Duhuo Jisheng decoction | -
E | a_DH | COMPOUND | DHJSD | -
E | a_koa_l | DISEASE | 膝骨关节炎 | -
E | a_koa | DISEASE | KOA | -
E | a_rab | ORGANISM | 兔 | -
E | a_mmp3_l | GENE | 基质金属蛋白酶-3 | -
E | a_mmp3 | GENE | MMP-3 | -
E | a_path | PATHWAY | Wnt/β-catenin信号通路 | -
R | TI | a_dh | a_rab
# [2] group allocation
E | b_rab | ORGANISM | 新西兰白兔 | -
E | b_glu | COMPOUND | 硫酸氨基葡萄糖 | -
E | b_c1 | CONCENTRATION | 0.2 g·kg-1·d-1 | - | 0.2 g/kg/d
E | b_dh | COMPOUND | 独活寄生汤 | -
E | b_c2 | CONCENTRATION | 2.5、5.0、10.0 g·kg-1·d-1 | - | 2.5,5.0,10.0 g/kg/d
R | TI | b_glu | b_rab
R | TI | b_dh | b_rab
R | CONC | b_glu | b_c1
R | CONC | b_dh | b_c2
# [3] model (术后4周 = time point; 6周: drugs not named in the sentence, unlinked)
E | c_koa | DISEASE | KOA | -
E | c_d | DURATION | 6周 | -
# [4] stains (reagents)
E | d_he | COMPOUND | HE | -
E | d_so | COMPOUND | 番红O | -
E | d_fg | COMPOUND | 固绿 | -
# [5]-[8] measurements
E | e_il1b_l | GENE | 白细胞介素-1β | -
E | e_il1b | GENE | IL-1β | -
E | e_tnf_l | GENE | 肿瘤坏死因子-α | -
E | e_tnf | GENE | TNF-α | -
E | f_mmp3 | GENE | MMP-3 | -
E | f_col2 | GENE | Ⅱ型胶原 | -
E | g_wnt3a | GENE | Wnt3a | -
E | g_bcat | GENE | β-catenin | -
E | g_pgsk | GENE | p-GSK-3β | -
E | h_bcat | GENE | β-catenin | -
E | h_ch | CELL_TYPE | 软骨细胞 | -
# [9] model vs sham
E | i_so | COMPOUND | 番红O | -
# [10] model changes, no compound agent
E | j_il1b | GENE | IL-1β | -
E | j_tnf | GENE | TNF-α | -
E | j_mmp3 | GENE | MMP-3 | -
E | j_col2 | GENE | Ⅱ型胶原 | -
E | j_wnt3a | GENE | Wnt3a | -
E | j_bcat | GENE | β-catenin | -
E | j_bcat2 | GENE | β-catenin | -
# [11] agent = compound of the group label
E | k_dh | COMPOUND | 独活寄生汤 | -
E | k_il1b | GENE | IL-1β | -
E | k_tnf | GENE | TNF-α | -
E | k_mmp3 | GENE | MMP-3 | -
E | k_wnt3a | GENE | Wnt3a | -
E | k_bcat | GENE | β-catenin | -
R | DOWN | k_dh | k_il1b
R | DOWN | k_dh | k_tnf
R | DOWN | k_dh | k_mmp3
R | DOWN | k_dh | k_wnt3a
R | DOWN | k_dh | k_bcat
# [12] 低剂量组: no compound named in this sentence
E | l_tnf | GENE | TNF-α | -
# [13] 阳性药组, negated
E | m_bcat | GENE | β-catenin | -
# [14] 结论 (延缓 KOA 软骨退变 in the model = TREATS; 其 -> 独活寄生汤)
E | n_dh | COMPOUND | 独活寄生汤 | -
E | n_koa | DISEASE | KOA | -
E | n_rab | ORGANISM | 兔 | -
E | n_path | PATHWAY | Wnt/β-catenin信号 | -
E | n_mmp3 | GENE | MMP-3 | -
R | TREATS | n_dh | n_koa
R | DOWN | n_dh | n_path
R | DOWN | n_dh | n_mmp3
