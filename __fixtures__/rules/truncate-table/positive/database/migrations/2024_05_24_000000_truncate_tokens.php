<?php

use Illuminate\Database\Migrations\Migration;
use Illuminate\Database\Schema\Blueprint;
use Illuminate\Support\Facades\DB;
use Illuminate\Support\Facades\Schema;

return new class extends Migration
{
    public function up(): void
    {
        DB::table('tokens')->truncate(); // mg:expect
        Token::truncate(); // mg:expect
    }

    public function down(): void
    {
        //
    }
};
