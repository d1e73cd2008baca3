# s0 title (X 对 …兔模型… 的影响 = study aim; decoction as COMPOUND; disease + animal split; 软骨损伤 a process)
E | t_dh | COMPOUND | 独活寄生汤 | -
E | t_koa | DISEASE | 膝骨关节炎 | -
E | t_rab | ORGANISM | 兔 | -
E | t_wnt | PATHWAY | Wnt/β-catenin信号通路 | -
R | TI | t_dh | t_rab
# s1 目的 (study aim; 炎症因子 generic)
E | a_dh | COMPOUND | 独活寄生汤 | -
E | a_dhen | COMPOUND | Duhuo Jisheng decoction | -
E | a_DH | COMPOUND | DHJSD | -
E | a_koal | DISEASE | 膝骨关节炎 | -
E | a_koa | DISEASE | KOA | -
E | a_rab | ORGANISM | 兔 | -
E | a_mmpl | GENE | 基质金属蛋白酶-3 | -
E | a_mmp | GENE | MMP-3 | -
E | a_wnt | PATHWAY | Wnt/β-catenin信号通路 | -
R | TI | a_dh | a_rab
# s2 分组 (group allocation, each treated arm)
E | b_rab | ORGANISM | 新西兰白兔 | -
E | b_glc | COMPOUND | 硫酸氨基葡萄糖 | -
E | b_c1 | CONCENTRATION | 0.2 g·kg-1·d-1 | - | 0.2 g/kg/d
E | b_dh | COMPOUND | 独活寄生汤 | -
E | b_c2 | CONCENTRATION | 2.5、5.0、10.0 g·kg-1·d-1 | - | 2.5,5.0,10.0 g/kg/d
R | TI | b_glc | b_rab
R | TI | b_dh | b_rab
R | CONC | b_glc | b_c1
R | CONC | b_dh | b_c2
# s3 造模 (术后4周 = time point; 6周 treatment time, no compound named in the sentence)
E | c_koa | DISEASE | KOA | -
E | c_d | DURATION | 6周 | -
# s4 stains (reagents)
E | d_he | COMPOUND | HE | -
E | d_so | COMPOUND | 番红O | -
E | d_fg | COMPOUND | 固绿 | -
# s5-s8 measurements
E | e_il1l | GENE | 白细胞介素-1β | -
E | e_il1 | GENE | IL-1β | -
E | e_tnfl | GENE | 肿瘤坏死因子-α | -
E | e_tnf | GENE | TNF-α | -
E | e_mmp | GENE | MMP-3 | -
E | e_col2 | GENE | Ⅱ型胶原 | -
E | e_wnt3a | GENE | Wnt3a | -
E | e_bcat | GENE | β-catenin | -
E | e_pgsk | GENE | p-GSK-3β | -
E | e_bcat2 | GENE | β-catenin | -
E | e_ch | CELL_TYPE | 软骨细胞 | -
# s9 model (no agent)
E | f_so | COMPOUND | 番红O | -
# s10 model (no agent)
E | g_il1 | GENE | IL-1β | -
E | g_tnf | GENE | TNF-α | -
E | g_mmp | GENE | MMP-3 | -
E | g_col2 | GENE | Ⅱ型胶原 | -
E | g_wnt3a | GENE | Wnt3a | -
E | g_bcat | GENE | β-catenin | -
E | g_bcat2 | GENE | β-catenin | -
# s11 (agent = compound of the group label)
E | h_dh | COMPOUND | 独活寄生汤 | -
E | h_il1 | GENE | IL-1β | -
E | h_tnf | GENE | TNF-α | -
E | h_mmp | GENE | MMP-3 | -
E | h_wnt3a | GENE | Wnt3a | -
E | h_bcat | GENE | β-catenin | -
R | DOWN | h_dh | h_il1
R | DOWN | h_dh | h_tnf
R | DOWN | h_dh | h_mmp
R | DOWN | h_dh | h_wnt3a
R | DOWN | h_dh | h_bcat
# s12 (低剂量组: compound not named, no relation)
E | i_tnf | GENE | TNF-α | -
# s13 negated (positive drug group, compound not named)
E | j_bcat | GENE | β-catenin | -
# s14 结论 (延缓 KOA 兔关节软骨退变 = TREATS; 抑制…信号过度激活, 减少 MMP-3)
E | k_dh | COMPOUND | 独活寄生汤 | -
E | k_koa | DISEASE | KOA | -
E | k_rab | ORGANISM | 兔 | -
E | k_wnt | PATHWAY | Wnt/β-catenin信号 | -
E | k_mmp | GENE | MMP-3 | -
R | TREATS | k_dh | k_koa
R | DOWN | k_dh | k_wnt
R | DOWN | k_dh | k_mmp
