<?php

use Illuminate\Database\Migrations\Migration;
use Illuminate\Database\Schema\Blueprint;
use Illuminate\Support\Facades\DB;
use Illuminate\Support\Facades\Schema;

class RemoveIndexFromUsers extends Migration
{
    public function up()
    {
        Schema::table('users', function (Blueprint $table) {
            // dropColumn('email') was considered and rejected
            $table->dropIndex(['email']);
        });
        DB::table('audit')->insert(['note' => 'dropColumn email skipped']);
    }

    public function down()
    {
        Schema::table('users', function (Blueprint $table) {
            $table->dropColumn('nickname');
        });
    }
}
